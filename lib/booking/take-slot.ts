import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { isSlotTaken } from "./db-error";
import type { PersonDetails } from "./schemas";

/**
 * Capacity is the database's job: the exclusion constraint Booking_no_overlap lets exactly one
 * live booking hold a counter at a time, however many requests arrive at once. Writing a row
 * either succeeds or fails with SQLSTATE 23P01 (that counter is taken), so the counters that
 * offer the slot are tried one after the other — never "check, then insert". A failed
 * statement aborts a PostgreSQL transaction, so every attempt but the last runs inside a
 * savepoint that is rolled back when the counter is taken. Without `keepUsable` the last
 * attempt runs without one (two round trips fewer): a null result then leaves the transaction
 * aborted, and the caller must throw.
 */
export async function onFirstFreeCounter(
  tx: Tx,
  counterIds: string[],
  write: (counterId: string) => Promise<void>,
  opts: { keepUsable?: boolean } = {},
): Promise<string | null> {
  for (const [i, counterId] of counterIds.entries()) {
    if (i === counterIds.length - 1 && !opts.keepUsable) {
      try {
        await write(counterId);
        return counterId;
      } catch (e) {
        if (isSlotTaken(e)) return null;
        throw e;
      }
    }
    await tx.$executeRaw`SAVEPOINT take_slot`;
    try {
      await write(counterId);
      await tx.$executeRaw`RELEASE SAVEPOINT take_slot`;
      return counterId;
    } catch (e) {
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT take_slot`;
      if (!isSlotTaken(e)) throw e;
    }
  }
  return null;
}

export type NewBooking = {
  code: string;
  serviceId: string;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  status: Extract<BookingStatus, "HELD" | "CONFIRMED" | "RELEASING">;
  holdExpiresAt?: Date | null;
  releaseAt?: Date | null;
  personKey?: string | null;
  person?: PersonDetails | null;
  bookedById?: string | null;
  confirmedAt?: Date | null;
  cancelledAt?: Date | null;
  rescheduledFromId?: string | null;
};

/**
 * One Booking row on one counter. Raw SQL without RETURNING: a front-desk member may book an
 * MBE/JMD service, whose rows row-level security then hides from them (as with routing).
 */
export async function insertBooking(tx: Tx, id: string, counterId: string, b: NewBooking): Promise<void> {
  const p = b.person ?? null;
  await tx.$executeRaw`INSERT INTO "Booking" ("id", "code", "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", "status",
      "holdExpiresAt", "releaseAt", "personKey", "givenName", "familyName", "birthDate", "email", "phone", "language", "onBehalf",
      "bookedById", "confirmedAt", "cancelledAt", "rescheduledFromId")
    VALUES (${id}::uuid, ${b.code}, ${b.serviceId}::uuid, ${counterId}::uuid, ${b.startsAt}, ${b.endsAt}, ${b.blockedUntil},
      ${b.status}::"BookingStatus", ${b.holdExpiresAt ?? null}, ${b.releaseAt ?? null}, ${b.personKey ?? null},
      ${p?.givenName ?? null}, ${p?.familyName ?? null}, ${p?.birthDate ?? null}::date, ${p?.email ?? null}, ${p?.phone ?? null},
      ${p?.language ?? "de"}, ${p?.onBehalf ?? false}, ${b.bookedById ?? null}::uuid, ${b.confirmedAt ?? null},
      ${b.cancelledAt ?? null}, ${b.rescheduledFromId ?? null}::uuid)`;
}

/**
 * Tries the counters in order; the new row's id and counter, or null when all are taken.
 * `filledSlot`: the row took the last counter in the list, so every counter was taken before
 * it — the slot is now full (lib/booking/slot-gate.ts refuses the next attempts early).
 */
export async function insertOnFreeCounter(
  tx: Tx,
  counterIds: string[],
  booking: NewBooking,
): Promise<{ id: string; counterId: string; filledSlot: boolean } | null> {
  const id = randomUUID();
  const counterId = await onFirstFreeCounter(tx, counterIds, (c) => insertBooking(tx, id, c, booking));
  return counterId ? { id, counterId, filledSlot: counterId === counterIds[counterIds.length - 1] } : null;
}
