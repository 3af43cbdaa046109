/**
 * Runs once per app instance at start (Next.js instrumentation). Offers of the fair draw pass
 * to the next person soon after their deadline even when nobody opens a status page; the timer
 * needs the app role's database access, which the separate job worker does not have (see
 * lib/draw/offer-expiry-timer.ts). Several instances running it are harmless.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOfferExpiryTimer } = await import("@/lib/draw/offer-expiry-timer");
  startOfferExpiryTimer(Number(process.env.DRAW_EXPIRY_INTERVAL_SECONDS ?? 60) * 1000);
  // LISTEN ticket_events from the start, so the waiting-room displays' recent calls are kept
  // even before the first display connects
  const { liveTicketEvents } = await import("@/lib/live/live-events");
  liveTicketEvents();
}
