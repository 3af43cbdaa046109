import { recordAudit } from "@/lib/audit/record-audit";
import { queueBookingMessages } from "@/lib/messages/queue-booking-messages";
import type { Tx } from "@/lib/db";
import { SERVICE_SELECT, assertAgeFits } from "./booking-rules";
import { dbNow } from "./book-slot";
import { bookIntoCase } from "./book-into-case";
import { withBookingContext, type PublicClient } from "./booking-context";
import { normalizeBookingCode } from "./booking-code";
import { BOOKING_VIEW_SELECT, dateOnly, toBookingView } from "./booking-view";
import { bookingErrorOf, bookingNotFound, holdExpired } from "./db-error";
import { personKeyOf } from "./person-key";
import { consumeRateLimit } from "./rate-limit";
import type { BookingView, ConfirmBookingInput } from "./schemas";
import { sweepExpired } from "./sweep-expired";

/**
 * The last step of the booking flow: the held slot becomes the person's booking. Fails with
 * CONFLICT holdExpired when the hold ran out (the slot may be someone else's by now) and with
 * CONFLICT alreadyBooked when the person already has an active booking for the service — the
 * partial unique index decides that, also for parallel confirmations. Confirming twice with the
 * same details (a double click) returns the booking. `proof` runs first in the transaction (the
 * entry point redeems the proof-of-work there, spent only if the confirmation commits).
 */
export async function confirmBooking(input: ConfirmBookingInput, client: PublicClient, proof?: (tx: Tx) => Promise<void>): Promise<BookingView> {
  const code = normalizeBookingCode(input.code);
  if (!code) throw bookingNotFound();
  const personKey = personKeyOf(input.givenName, input.familyName, input.birthDate);
  await consumeRateLimit("person", personKey);
  await sweepExpired();
  try {
    return await withBookingContext({ code, birthDate: input.birthDate }, async (tx) => {
      await proof?.(tx);
      const now = await dbNow(tx);
      // row-level security shows the hold by its code, or the booking by code + date of birth
      const held = await tx.booking.findUnique({
        where: { code },
        select: { id: true, status: true, startsAt: true, holdExpiresAt: true, personKey: true, service: { select: SERVICE_SELECT } },
      });
      if (!held) throw bookingNotFound();
      if (held.status === "CONFIRMED" && held.personKey === personKey) {
        return toBookingView(await tx.booking.findUniqueOrThrow({ where: { id: held.id }, select: BOOKING_VIEW_SELECT }));
      }
      if (held.status !== "HELD" || !held.holdExpiresAt || held.holdExpiresAt <= now) throw holdExpired();
      assertAgeFits(held.service, input.birthDate, held.startsAt);

      const changed = await tx.booking.updateMany({
        where: { id: held.id, status: "HELD", holdExpiresAt: { gt: now } },
        data: {
          status: "CONFIRMED",
          holdExpiresAt: null,
          personKey,
          givenName: input.givenName,
          familyName: input.familyName,
          birthDate: dateOnly(input.birthDate),
          email: input.email ?? null,
          phone: input.phone ?? null,
          language: input.language,
          onBehalf: input.onBehalf,
          confirmedAt: now,
        },
      });
      if (changed.count !== 1) throw holdExpired();

      const link = await bookIntoCase(tx, { id: held.id, givenName: input.givenName, familyName: input.familyName, startsAt: held.startsAt }, held.service, "ONLINE");
      await queueBookingMessages(tx, held.id, "confirmed");
      const view = toBookingView(await tx.booking.findUniqueOrThrow({ where: { id: held.id }, select: BOOKING_VIEW_SELECT }));
      await recordAudit(tx, null, {
        action: "booking.confirm",
        caseFileId: link.caseFileId,
        lane: held.service.lane,
        targetId: held.id,
        detail: { service: held.service.code, startsAt: held.startsAt.toISOString(), onBehalf: input.onBehalf, personCreated: link.personCreated, possibleDuplicates: link.possibleDuplicates },
      });
      return view;
    });
  } catch (e) {
    throw bookingErrorOf(e);
  }
}
