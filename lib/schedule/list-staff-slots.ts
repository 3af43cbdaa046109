import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { berlinToday } from "@/lib/availability/berlin-time";
import { computeSlots } from "@/lib/availability/compute-slots";
import { loadAvailabilityInput } from "@/lib/availability/load-availability-input";
import { assertMay, bookableLanes } from "./policy";

export type StaffSlot = { start: string; end: string; free: number };

/**
 * Free times of one service on one local date, for booking on someone's behalf. Unlike the
 * public listSlots: desk-only services have times too, and there is no minimum notice (the
 * person is standing at the counter) — the same rules bookOnBehalf applies when it books. A
 * service of another lane is unknown to a caseworker (404).
 */
export async function listStaffSlots(actor: Actor, serviceCode: string, date: string, now: Date = new Date()): Promise<StaffSlot[]> {
  assertMay(actor, "booking.onBehalf");
  const loaded = await loadAvailabilityInput(db, serviceCode, { now, from: date, days: 1 });
  if (!loaded || !bookableLanes(actor).includes(loaded.service.lane)) throw notFound("service");
  const { service, input } = loaded;
  // the window never starts before today: a past date has no times rather than today's
  if (service.allocation !== "FIRST_COME" || service.bookingMode === "WALK_IN" || date < berlinToday(now)) return [];
  return computeSlots({ ...input, service: { ...input.service, minNoticeMinutes: 0 } }).map((s) => ({
    start: s.start.toISOString(),
    end: s.end.toISOString(),
    free: s.counterIds.length,
  }));
}
