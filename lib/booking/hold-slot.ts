import { assertBookable, findService } from "./booking-rules";
import { dbNow } from "./book-slot";
import { withBookingContext, type PublicClient } from "./booking-context";
import { newBookingCode } from "./booking-code";
import { bookingErrorOf, slotTaken } from "./db-error";
import { consumeRateLimit } from "./rate-limit";
import type { HeldSlot, HoldSlotInput } from "./schemas";
import { bookableCounters, slotTimes } from "./slot-is-bookable";
import { sweepExpired } from "./sweep-expired";
import { markSoldOut, slotKey, throughSlotGate } from "./slot-gate";
import { insertOnFreeCounter } from "./take-slot";

/**
 * Holds a slot for service.holdMinutes while the person fills in the form: a HELD row without
 * personal data, which the exclusion constraint counts like a booking. Nobody else can take the
 * slot meanwhile; if the hold is not confirmed in time, the next sweep expires it. The returned
 * code is the only key to the hold (confirmBooking).
 */
export async function holdSlot(input: HoldSlotInput, client: PublicClient): Promise<HeldSlot> {
  const slot = slotKey(input.serviceCode ?? input.serviceId ?? "", input.startsAt);
  return throughSlotGate(slot, async () => {
    await consumeRateLimit("bookingIp", client.ip);
    await sweepExpired();
    const code = newBookingCode();
    try {
      return await withBookingContext({ code }, async (tx) => {
        const service = await findService(tx, input);
        assertBookable(service, "public");
        const now = await dbNow(tx);
        const counters = await bookableCounters(tx, service, input.startsAt, { now, minNotice: true });
        const times = slotTimes(service, input.startsAt);
        const holdExpiresAt = new Date(now.getTime() + service.holdMinutes * 60_000);
        const taken = await insertOnFreeCounter(tx, counters, { code, serviceId: service.id, ...times, status: "HELD", holdExpiresAt });
        if (!taken) throw slotTaken();
        if (taken.filledSlot) markSoldOut(slot);
        return {
          code,
          serviceCode: service.code,
          startsAt: times.startsAt.toISOString(),
          endsAt: times.endsAt.toISOString(),
          holdExpiresAt: holdExpiresAt.toISOString(),
        };
      });
    } catch (e) {
      throw bookingErrorOf(e);
    }
  });
}
