import { dbNow } from "./book-slot";
import { withBookingContext } from "./booking-context";
import { normalizeBookingCode } from "./booking-code";
import type { HeldSlot } from "./schemas";

/**
 * A live hold by its code, for the details step of the booking flow; null when the code is
 * unknown, the hold ran out or it is already a booking (which row-level security shows only
 * with the date of birth). A hold carries no personal data, so the code alone may read it.
 */
export async function getHold(rawCode: string): Promise<HeldSlot | null> {
  const code = normalizeBookingCode(rawCode);
  if (!code) return null;
  return withBookingContext({ code }, async (tx) => {
    const now = await dbNow(tx);
    const hold = await tx.booking.findUnique({
      where: { code },
      select: { code: true, status: true, startsAt: true, endsAt: true, holdExpiresAt: true, service: { select: { code: true } } },
    });
    if (!hold || hold.status !== "HELD" || !hold.holdExpiresAt || hold.holdExpiresAt <= now) return null;
    return {
      code: hold.code,
      serviceCode: hold.service.code,
      startsAt: hold.startsAt.toISOString(),
      endsAt: hold.endsAt.toISOString(),
      holdExpiresAt: hold.holdExpiresAt.toISOString(),
    };
  });
}
