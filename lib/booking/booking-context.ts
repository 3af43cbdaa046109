import "server-only";
import { db, type Tx } from "@/lib/db";

/** The request's origin, for rate limits. Route handlers fill it from the proxy's headers. */
export type PublicClient = { ip: string };

// Many people want the same few slots at once: transactions queue for a pooled connection
// rather than fail after Prisma's default two seconds.
const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/**
 * Runs `fn` in one transaction in the public booking context (migration
 * 20261125060000_booking_security): no staff user, app.role = 'BOOKING', and row-level
 * security shows exactly the booking with this code — and, once it carries personal data, only
 * when the date of birth matches too.
 */
export function withBookingContext<T>(scope: { code: string; birthDate?: string }, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.user_id', '', true), set_config('app.role', 'BOOKING', true),
      set_config('app.lane', '', true), set_config('app.booking_code', ${scope.code}, true),
      set_config('app.booking_birth_date', ${scope.birthDate ?? ""}, true)`;
    return fn(tx);
  }, TX_OPTIONS);
}
