import type { Tx } from "@/lib/db";
import { computeSlots, groupSlotsByDay, type SlotDay } from "@/lib/availability/compute-slots";
import { loadAvailabilityInput } from "@/lib/availability/load-availability-input";

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const dateOnly = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * The slots of a window's date range, by local date, computed by the availability engine (the
 * same opening rules, holidays, closures, minimum notice and horizon as the slot pages). With
 * `free`, live bookings are taken out (what the draw can still offer); without, every working
 * day of the range is listed (the dates a person may tick when registering).
 */
export async function windowDays(
  tx: Tx,
  serviceCode: string,
  window: { slotsFrom: Date; slotsUntil: Date },
  now: Date,
  opts: { free: boolean },
): Promise<SlotDay[]> {
  const from = isoDate(window.slotsFrom);
  const until = isoDate(window.slotsUntil);
  const days = Math.round((window.slotsUntil.getTime() - window.slotsFrom.getTime()) / 86_400_000) + 1;
  const loaded = await loadAvailabilityInput(tx, serviceCode, { now, from, days });
  if (!loaded) return [];
  const input = opts.free ? loaded.input : { ...loaded.input, bookings: [] };
  return groupSlotsByDay(computeSlots(input)).filter((d) => d.date <= until);
}
