import type { PublicClient } from "@/lib/booking/booking-context";
import { normalizeBookingCode } from "@/lib/booking/booking-code";
import { confirmBooking } from "@/lib/booking/confirm-booking";
import { isoDate } from "./window-days";
import { consumeRateLimit } from "@/lib/booking/rate-limit";
import { setEntryCode, withEntryContext } from "./draw-context";
import { entryNotFound, noOffer } from "./errors";
import type { DrawEntryKey } from "./schemas";

/**
 * The person accepts the offered slot before the deadline: the draw's hold becomes their
 * booking through confirmBooking (their details from the entry; the step into the case model,
 * the audit, the one-active-booking rule and the deadline check are the booking engine's), and
 * the entry becomes CONFIRMED in the same transaction, so entry and booking never disagree.
 * Returns the booking code (receipt, manage page). Confirming twice returns the same code.
 */
export async function confirmOffer(key: DrawEntryKey, client: PublicClient): Promise<{ bookingCode: string }> {
  const code = normalizeBookingCode(key.code);
  if (!code) throw entryNotFound();
  await consumeRateLimit("lookupIp", client.ip);
  const entry = await withEntryContext({ code, birthDate: key.birthDate }, (tx) =>
    tx.drawEntry.findUnique({
      where: { code },
      select: { status: true, bookingId: true, bookingCode: true, givenName: true, familyName: true, birthDate: true, email: true, phone: true, language: true },
    }),
  );
  if (!entry) throw entryNotFound();
  if (!entry.bookingCode || !entry.bookingId || (entry.status !== "OFFERED" && entry.status !== "CONFIRMED")) throw noOffer();
  const bookingId = entry.bookingId;
  const booking = await confirmBooking(
    {
      code: entry.bookingCode,
      givenName: entry.givenName,
      familyName: entry.familyName,
      birthDate: isoDate(entry.birthDate),
      email: entry.email ?? undefined,
      phone: entry.phone ?? undefined,
      language: entry.language as Parameters<typeof confirmBooking>[0]["language"],
      onBehalf: false,
    },
    client,
    // runs inside confirmBooking's transaction: rolled back with it if the hold ran out
    async (tx) => {
      if (entry.status === "CONFIRMED") return; // a second click: confirmBooking returns the booking
      await setEntryCode(tx, code);
      const changed = await tx.drawEntry.updateMany({
        where: { code, bookingId, status: "OFFERED" },
        data: { status: "CONFIRMED", confirmedAt: new Date() },
      });
      if (changed.count !== 1) throw noOffer();
    },
  );
  return { bookingCode: booking.code };
}
