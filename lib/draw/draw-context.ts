import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { withBookingContext } from "@/lib/booking/booking-context";

/**
 * The draw's system context (migration 20261201020000_draw): app.role = 'DRAW' reads and
 * updates entries and creates offers as HELD bookings without personal data — whoever set it
 * off (an admin running the draw, a status page or the periodic job expiring offers). Use cases
 * check permissions before they enter it. A draw over a few thousand entries runs in one
 * transaction, so it gets more time than a booking.
 */
export function withDrawContext<T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.user_id', ${actor?.userId ?? ""}, true), set_config('app.role', 'DRAW', true),
        set_config('app.lane', '', true), set_config('app.booking_code', '', true), set_config('app.booking_birth_date', '', true)`;
      return fn(tx);
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
}

/**
 * The public context for one entry: the booking context without a booking code, plus the
 * entry code; row-level security shows the entry only when code and date of birth both match.
 */
export function withEntryContext<T>(key: { code: string; birthDate: string }, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withBookingContext({ code: "", birthDate: key.birthDate }, async (tx) => {
    await setEntryCode(tx, key.code);
    return fn(tx);
  });
}

export async function setEntryCode(tx: Tx, code: string): Promise<void> {
  await tx.$executeRaw`SELECT set_config('app.draw_entry_code', ${code}, true)`;
}
