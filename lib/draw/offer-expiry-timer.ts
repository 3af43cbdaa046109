import { expireOffers } from "./expire-offers";

/**
 * The periodic part of expiring offers: status pages and runDraw already call expireOffers, but
 * when nobody looks, an unconfirmed offer should still pass to the next person soon after its
 * deadline. Runs in a process connected as the app role (the job worker's role cannot reach
 * draw entries); parallel timers in several instances are harmless (each expiry is taken by
 * exactly one UPDATE, offer passes are serialised per window). Returns the stop function.
 */
export function startOfferExpiryTimer(everyMs = 60_000, log: (m: string) => void = console.error): () => void {
  const timer = setInterval(() => {
    expireOffers().catch((e) => log(`[draw] expiring offers failed: ${e instanceof Error ? e.message : String(e)}`));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
