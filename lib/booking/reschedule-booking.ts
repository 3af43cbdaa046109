import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { queueBookingMessages } from "@/lib/messages/queue-booking-messages";
import { SERVICE_SELECT, assertAgeFits, assertBookable, releaseDelayMinutes } from "./booking-rules";
import { dbNow } from "./book-slot";
import { caseFileOfBooking } from "./cancel-booking";
import { withBookingContext, type PublicClient } from "./booking-context";
import { newBookingCode, normalizeBookingCode } from "./booking-code";
import { BOOKING_VIEW_SELECT, dateOnly, toBookingView } from "./booking-view";
import { bookingErrorOf, bookingNotFound, notChangeable, slotTaken } from "./db-error";
import { consumeRateLimit } from "./rate-limit";
import type { BookingView, RescheduleBookingInput } from "./schemas";
import { bookableCounters, slotTimes } from "./slot-is-bookable";
import { sweepExpired } from "./sweep-expired";
import { insertBooking, onFirstFreeCounter } from "./take-slot";

/**
 * Moves a future booking to another slot of the same service, in one transaction, new slot
 * first: if it is taken, nothing changes.
 *
 * The booking keeps its code (decision): the code is what the person wrote down, what the link
 * in the messages and the printed slip carry, and the row keeps the original booking time —
 * the receipt's timestamp, which can matter legally (booked before the permit expired). So the
 * row itself moves (the exclusion constraint checks the update like an insert, and the row is
 * still the same booking for the one-active rule). The vacated slot comes back only after the
 * release delay, like a cancelled one: a placeholder row without personal data
 * (RELEASING, rescheduledFromId = this booking) keeps it until then. When old and new times
 * overlap on the same counter the placeholder cannot be written and the rest of the old time
 * is free at once — the person is using most of it anyway.
 */
export async function rescheduleBooking(input: RescheduleBookingInput, client: PublicClient): Promise<BookingView> {
  await consumeRateLimit("lookupIp", client.ip);
  await consumeRateLimit("bookingIp", client.ip);
  const code = normalizeBookingCode(input.code);
  if (!code) throw bookingNotFound();
  await sweepExpired();
  try {
    return await withBookingContext({ code, birthDate: input.birthDate }, async (tx) => {
      const now = await dbNow(tx);
      const booking = await tx.booking.findFirst({
        where: { code, birthDate: dateOnly(input.birthDate) },
        select: { ...BOOKING_VIEW_SELECT, counterId: true, blockedUntil: true, service: { select: SERVICE_SELECT } },
      });
      if (!booking) throw bookingNotFound();
      if (booking.status !== "CONFIRMED" || booking.startsAt <= now) throw notChangeable();
      if (booking.startsAt.getTime() === input.startsAt.getTime()) return toBookingView(booking);
      const service = booking.service;
      assertBookable(service, "public");
      assertAgeFits(service, input.birthDate, input.startsAt);
      const counters = await bookableCounters(tx, service, input.startsAt, { now, minNotice: true });
      const to = slotTimes(service, input.startsAt);

      const counterId = await onFirstFreeCounter(tx, counters, async (c) => {
        const moved = await tx.$executeRaw`UPDATE "Booking"
          SET "counterId" = ${c}::uuid, "startsAt" = ${to.startsAt}, "endsAt" = ${to.endsAt}, "blockedUntil" = ${to.blockedUntil}
          WHERE id = ${booking.id}::uuid AND status = 'CONFIRMED' AND "startsAt" = ${booking.startsAt}`;
        if (moved !== 1) throw notChangeable(); // changed by a parallel request meanwhile
      });
      if (!counterId) throw slotTaken();
      await queueBookingMessages(tx, booking.id, "rescheduled");

      const releaseAt = new Date(now.getTime() + releaseDelayMinutes(service) * 60_000);
      await onFirstFreeCounter(
        tx,
        [booking.counterId],
        (c) =>
          insertBooking(tx, randomUUID(), c, {
            code: newBookingCode(),
            serviceId: service.id,
            startsAt: booking.startsAt,
            endsAt: booking.endsAt,
            blockedUntil: booking.blockedUntil,
            status: "RELEASING",
            releaseAt,
            cancelledAt: now,
            rescheduledFromId: booking.id,
          }),
        { keepUsable: true },
      );

      const counter = await tx.counter.findUniqueOrThrow({ where: { id: counterId }, select: { name: true, location: { select: { name: true, address: true } } } });
      await recordAudit(tx, null, {
        action: "booking.reschedule",
        caseFileId: await caseFileOfBooking(tx, booking.id),
        lane: service.lane,
        targetId: booking.id,
        detail: { service: service.code, from: booking.startsAt.toISOString(), to: to.startsAt.toISOString(), releaseAt: releaseAt.toISOString() },
      });
      return toBookingView({ ...booking, ...to, counter });
    });
  } catch (e) {
    throw bookingErrorOf(e);
  }
}
