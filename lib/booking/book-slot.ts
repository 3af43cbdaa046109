import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { queueBookingMessages } from "@/lib/messages/queue-booking-messages";
import { assertAgeFits, assertBookable, type BookingService } from "./booking-rules";
import { bookIntoCase, type CaseLink } from "./book-into-case";
import { toBookingView } from "./booking-view";
import { slotTaken } from "./db-error";
import { personKeyOf } from "./person-key";
import type { BookingView, CreateBookingInput } from "./schemas";
import { bookableCounters, slotTimes } from "./slot-is-bookable";
import { insertOnFreeCounter } from "./take-slot";

/** The transaction's clock: the database's now(), the one the sweep and the policies use. */
export async function dbNow(tx: Tx): Promise<Date> {
  const [{ now }] = await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  return now;
}

/**
 * Books a slot in one step inside the caller's transaction: the public's createBooking and the
 * front desk's booking on someone's behalf (no minimum notice, desk-only services allowed).
 * The row is written CONFIRMED with the person key at once, so the exclusion constraint
 * (capacity) and the unique index (one active booking per person and service) decide together;
 * then the booking enters the case model, and the audit row comes last (it serialises on the
 * audit chain's lock, which is held until commit).
 */
export async function bookSlotWithin(
  tx: Tx,
  by: { kind: "public" } | { kind: "staff"; actor: Actor },
  service: BookingService,
  input: CreateBookingInput,
  code: string,
): Promise<{ view: BookingView; link: CaseLink; filledSlot: boolean }> {
  assertBookable(service, by.kind);
  assertAgeFits(service, input.birthDate, input.startsAt);
  const now = await dbNow(tx);
  const counters = await bookableCounters(tx, service, input.startsAt, { now, minNotice: by.kind === "public" });
  const times = slotTimes(service, input.startsAt);
  const person = { ...input, onBehalf: by.kind === "staff" || input.onBehalf };
  const taken = await insertOnFreeCounter(tx, counters, {
    code,
    serviceId: service.id,
    ...times,
    status: "CONFIRMED",
    personKey: personKeyOf(input.givenName, input.familyName, input.birthDate),
    person,
    bookedById: by.kind === "staff" ? by.actor.userId : null,
    confirmedAt: now,
  });
  if (!taken) throw slotTaken();

  const link = await bookIntoCase(tx, { id: taken.id, ...person, startsAt: times.startsAt }, service, by.kind === "staff" ? "COUNTER" : "ONLINE");
  await queueBookingMessages(tx, taken.id, "confirmed");
  const counter = await tx.counter.findUniqueOrThrow({ where: { id: taken.counterId }, select: { name: true, location: { select: { name: true, address: true } } } });
  await recordAudit(tx, by.kind === "staff" ? by.actor : null, {
    action: "booking.confirm",
    caseFileId: link.caseFileId,
    lane: service.lane,
    targetId: taken.id,
    detail: { service: service.code, startsAt: times.startsAt.toISOString(), onBehalf: person.onBehalf, personCreated: link.personCreated, possibleDuplicates: link.possibleDuplicates },
  });
  const view = toBookingView({
    ...person,
    ...times,
    code,
    status: "CONFIRMED",
    email: person.email ?? null,
    phone: person.phone ?? null,
    confirmedAt: now,
    cancelledAt: null,
    service,
    counter,
  });
  return { view, link, filledSlot: taken.filledSlot };
}
