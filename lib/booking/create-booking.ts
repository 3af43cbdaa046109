import type { Tx } from "@/lib/db";
import { findService } from "./booking-rules";
import { bookSlotWithin } from "./book-slot";
import { withBookingContext, type PublicClient } from "./booking-context";
import { newBookingCode } from "./booking-code";
import { bookingErrorOf } from "./db-error";
import { personKeyOf } from "./person-key";
import { consumeRateLimit } from "./rate-limit";
import type { BookingView, CreateBookingInput } from "./schemas";
import { markSoldOut, slotKey, throughSlotGate } from "./slot-gate";
import { sweepExpired } from "./sweep-expired";

/**
 * API v1 createBooking: slot, person and confirmation in one call (the multi-step flow uses
 * holdSlot + confirmBooking). Rate-limited per IP and per person before anything else; the
 * slot is taken by the database (see take-slot.ts). `proof` runs first in the booking's
 * transaction: the entry point redeems the proof-of-work there, so it is spent only if the
 * booking commits. Attempts pass the in-process slot gate first (slot-gate.ts): in a rush,
 * people who cannot get the slot hear so at once instead of after a queue of transactions.
 */
export async function createBooking(input: CreateBookingInput, client: PublicClient, proof?: (tx: Tx) => Promise<void>): Promise<BookingView> {
  const slot = slotKey(input.serviceCode ?? input.serviceId ?? "", input.startsAt);
  return throughSlotGate(slot, async () => {
    await consumeRateLimit("bookingIp", client.ip);
    await consumeRateLimit("person", personKeyOf(input.givenName, input.familyName, input.birthDate));
    await sweepExpired();
    const code = newBookingCode();
    try {
      const booked = await withBookingContext({ code, birthDate: input.birthDate }, async (tx) => {
        await proof?.(tx);
        const service = await findService(tx, input);
        return bookSlotWithin(tx, { kind: "public" }, service, input, code);
      });
      if (booked.filledSlot) markSoldOut(slot);
      return booked.view;
    } catch (e) {
      throw bookingErrorOf(e);
    }
  });
}
