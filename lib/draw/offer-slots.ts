import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { findService } from "@/lib/booking/booking-rules";
import { dbNow } from "@/lib/booking/book-slot";
import { newBookingCode } from "@/lib/booking/booking-code";
import { slotTimes } from "@/lib/booking/slot-is-bookable";
import { insertBooking, onFirstFreeCounter } from "@/lib/booking/take-slot";
import { isoDate, windowDays } from "./window-days";

type OpenSlot = { start: Date; counters: string[] };

/**
 * Offers free slots to the WAITING entries of a drawn window, in draw order: each entry gets
 * the first free slot on the earliest of its acceptable dates, as a HELD booking (no personal
 * data) that expires at the confirmation deadline. Entries for which nothing fits stay WAITING.
 * Called by runDraw and, after offers expired, by expireOffers: the next entries in draw order
 * get the freed slots, so the result depends only on the draw order and what is free.
 *
 * Capacity stays with the database: every offer is an insert that the exclusion constraint may
 * refuse (someone booked the slot meanwhile); then the next counter or slot is tried. Only slots
 * starting after the deadline are offered, so a slot cannot pass while it waits for a
 * confirmation. One pass per window at a time (advisory lock): two passes would offer in
 * interleaved order. Runs in the draw context (withDrawContext).
 */
export async function offerToWaiting(tx: Tx, windowId: string): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`draw|${windowId}`}, 0))`;
  const window = await tx.drawWindow.findUnique({ where: { id: windowId } });
  if (!window || window.status !== "DRAWN") return 0;
  const waiting = await tx.drawEntry.findMany({
    where: { windowId, status: "WAITING" },
    orderBy: [{ drawRank: "asc" }],
    select: { id: true, acceptableDates: true },
  });
  if (waiting.length === 0) return 0;
  const service = await findService(tx, { serviceId: window.serviceId });
  const now = await dbNow(tx);
  const expiresAt = new Date(now.getTime() + window.offerHours * 3_600_000);
  const block = (service.durationMinutes + service.bufferMinutes) * 60_000;

  const byDate = new Map<string, OpenSlot[]>();
  for (const day of await windowDays(tx, service.code, window, now, { free: true })) {
    byDate.set(day.date, day.slots.filter((s) => s.start >= expiresAt).map((s) => ({ start: s.start, counters: [...s.counterIds] })));
  }

  let offered = 0;
  for (const entry of waiting) {
    for (const date of entry.acceptableDates.map(isoDate).sort()) {
      const slots = byDate.get(date) ?? [];
      const taken = await offerFirstFree(tx, slots, { serviceId: service.id, times: (s) => slotTimes(service, s), expiresAt, block });
      if (!taken) continue;
      await tx.drawEntry.update({
        where: { id: entry.id },
        data: { status: "OFFERED", bookingId: taken.id, bookingCode: taken.code, offerStartsAt: taken.start, offerExpiresAt: expiresAt, offeredAt: now },
      });
      offered++;
      break;
    }
  }
  return offered;
}

async function offerFirstFree(
  tx: Tx,
  slots: OpenSlot[],
  o: { serviceId: string; times: (start: Date) => ReturnType<typeof slotTimes>; expiresAt: Date; block: number },
): Promise<{ id: string; code: string; start: Date } | null> {
  for (const slot of slots) {
    if (slot.counters.length === 0) continue;
    const id = randomUUID();
    const code = newBookingCode();
    const counter = await onFirstFreeCounter(
      tx,
      slot.counters,
      (c) => insertBooking(tx, id, c, { code, serviceId: o.serviceId, ...o.times(slot.start), status: "HELD", holdExpiresAt: o.expiresAt }),
      { keepUsable: true },
    );
    if (!counter) {
      slot.counters = [];
      continue;
    }
    // the counter is busy now for every slot of this day that overlaps this one
    for (const other of slots) {
      if (Math.abs(other.start.getTime() - slot.start.getTime()) < o.block) other.counters = other.counters.filter((c) => c !== counter);
    }
    return { id, code, start: slot.start };
  }
  return null;
}
