import { db } from "@/lib/db";

/**
 * Ends holds past holdExpiresAt (→ EXPIRED) and delayed releases past releaseAt (→ CANCELLED),
 * so that their slots can be taken again. The exclusion constraint counts those rows until
 * their status changes, hence every use case that takes a slot calls this first: one indexed
 * UPDATE (sweep_bookings(), SECURITY DEFINER, SKIP LOCKED), no timer to depend on. Its own
 * statement, committed at once, so the booking transaction that follows holds no sweep locks.
 */
export async function sweepExpired(): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT sweep_bookings() AS n`;
  return n;
}
