import { envInt } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { slotTaken } from "./db-error";

/**
 * In-process admission for public attempts at one slot. The database alone decides who gets a
 * slot (exclusion constraint, take-slot.ts); the gate only keeps a rush — a thousand people at
 * twenty slots — from becoming a queue of doomed transactions that delays everyone:
 *  - attempts at the same slot in this process go one at a time (other slots are unaffected);
 *  - once this process has seen the slot full, further attempts are refused at once, without
 *    a database round trip, for BOOKING_GATE_MEMORY_MS (default 5 s; 0 turns the memory off).
 * A slot can become free again only when a hold expires or a cancellation's release delay ends
 * (minutes), so a few seconds of "taken" are never wrong for long, and a refused person simply
 * picks another time. Every app instance has its own gate; correctness never depends on it.
 */
const soldOutUntil = new Map<string, number>();
const tails = new Map<string, Promise<void>>();

export const slotKey = (service: string, startsAt: Date) => `${service}|${startsAt.toISOString()}`;

function isSoldOut(key: string): boolean {
  const until = soldOutUntil.get(key);
  if (until === undefined) return false;
  if (until > Date.now()) return true;
  soldOutUntil.delete(key);
  return false;
}

/** Remembers that the slot is full (after a refused insert, or after taking its last counter). */
export function markSoldOut(key: string): void {
  if (soldOutUntil.size > 10_000) {
    const now = Date.now();
    for (const [k, until] of soldOutUntil) if (until <= now) soldOutUntil.delete(k);
  }
  const memoryMs = envInt("BOOKING_GATE_MEMORY_MS", 5_000);
  if (memoryMs > 0) soldOutUntil.set(key, Date.now() + memoryMs);
}

const isSlotTakenError = (e: unknown) => e instanceof AppError && e.messageKey === "booking:error.slotTaken";

/** Runs `attempt` when it is this slot's turn in this process, unless the slot is known to be full. */
export async function throughSlotGate<T>(key: string, attempt: () => Promise<T>): Promise<T> {
  if (isSoldOut(key)) throw slotTaken();
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  await previous;
  try {
    if (isSoldOut(key)) throw slotTaken();
    return await attempt();
  } catch (e) {
    if (isSlotTakenError(e)) markSoldOut(key);
    throw e;
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
