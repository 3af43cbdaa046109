import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ListSlotsInput, SlotList } from "@/lib/catalogue/schemas";
import { computeSlots, groupSlotsByDay } from "./compute-slots";
import { loadAvailabilityInput } from "./load-availability-input";
import { TIME_ZONE } from "./berlin-time";

/**
 * Free times of one service for the public (listSlots), grouped by local date. Only services
 * booked online first-come list slots; desk-only, walk-in and draw services answer with no days
 * (and say so), so nobody can pick a time that cannot be booked. Counters are not revealed, only
 * how many are free at each time.
 */
export async function listSlots(input: ListSlotsInput, now: Date = new Date()): Promise<SlotList> {
  const loaded = await loadAvailabilityInput(db, input.code, { now, from: input.from, days: input.days });
  if (!loaded) throw notFound("service");
  const { service } = loaded;
  const bookableOnline = service.bookingMode === "ONLINE" && service.allocation === "FIRST_COME";
  const days = bookableOnline ? groupSlotsByDay(computeSlots(loaded.input)) : [];
  return {
    service: service.code,
    bookingMode: service.bookingMode,
    allocation: service.allocation,
    bookableOnline,
    timeZone: TIME_ZONE,
    days: days.map((d) => ({
      date: d.date,
      slots: d.slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), free: s.counterIds.length })),
    })),
  };
}
