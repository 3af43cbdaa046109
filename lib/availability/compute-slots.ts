import { addDays, berlinDateOf, berlinOffsetMinutes, berlinWallTimeToUtcMs, dateToUtcMidnight, isoWeekday } from "./berlin-time";

/**
 * Free appointment slots of one service: a pure function over plain data (no database, no
 * clock), so it is fast and unit-testable. The loader (load-availability-input.ts) fetches the
 * data with three queries; this does the rest in memory with one sorted sweep per counter.
 *
 * A slot on a counter is free when [start, start + duration + buffer) lies inside one of the
 * counter's opening intervals that day and overlaps no live booking and no closure of the
 * counter or its location. Slots step by duration + buffer from the start of each opening
 * interval; none start before now + minimum notice, none on NRW public holidays, and none on
 * or after the horizon (local dates today … today + horizonDays − 1).
 */
export type ServiceTiming = { durationMinutes: number; bufferMinutes: number; minNoticeMinutes: number; horizonDays: number };

/** Weekly rule in Europe/Berlin wall-clock minutes; validFrom/validUntil are inclusive local dates. */
export type OpeningRuleInput = { weekday: number; startMinute: number; endMinute: number; validFrom?: string | null; validUntil?: string | null };

export type CounterInput = { id: string; locationId: string; rules: OpeningRuleInput[] };

/** Exactly one of counterId/locationId is set (as in the Closure table). */
export type ClosureInput = { counterId?: string | null; locationId?: string | null; startsAt: Date | number; endsAt: Date | number };

/** A live booking's blocked time on a counter (no personal data). */
export type BookedInterval = { counterId: string; startsAt: Date | number; blockedUntil: Date | number };

export type ComputeSlotsInput = {
  service: ServiceTiming;
  counters: CounterInput[];
  closures: ClosureInput[];
  bookings: BookedInterval[];
  /** NRW public holidays "YYYY-MM-DD" covering the window (see holidays.ts). */
  holidays: ReadonlySet<string>;
  now: Date;
  /** First local date to look at (default and minimum: today in Berlin). */
  from?: string;
  /** How many local dates from `from` (default: up to the horizon). */
  days?: number;
};

/** `end` is the end of the appointment; the counter stays blocked for the buffer after it. */
export type FreeSlot = { start: Date; end: Date; counterIds: string[] };

export type SlotDay = { date: string; slots: FreeSlot[] };

const MIN = 60_000;
const ms = (d: Date | number) => (typeof d === "number" ? d : d.getTime());

type Range = { start: number; end: number };

/** Sorts and merges overlapping or touching ranges. */
function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * Local wall-clock minutes → UTC for one date. On the ~363 days without a daylight-saving
 * change a single offset is exact; only the two change days take the careful path.
 */
function dayConverter(date: string): (minute: number) => number {
  const midnight = dateToUtcMidnight(date);
  const offsetBefore = berlinOffsetMinutes(midnight - 3 * 60 * MIN);
  const offsetAfter = berlinOffsetMinutes(midnight + 24 * 60 * MIN);
  if (offsetBefore === offsetAfter) return (minute) => midnight + (minute - offsetBefore) * MIN;
  return (minute) => berlinWallTimeToUtcMs(date, minute);
}

/** The window actually computed: [firstDate, endDate) in local dates, clipped to the horizon. */
export function slotWindow(service: ServiceTiming, now: Date, from?: string, days?: number) {
  const today = berlinDateOf(now);
  const firstDate = from && from > today ? from : today;
  const horizonEnd = addDays(today, service.horizonDays);
  const requestedEnd = days === undefined ? horizonEnd : addDays(firstDate, days);
  const endDate = requestedEnd < horizonEnd ? requestedEnd : horizonEnd;
  return { today, firstDate, endDate, earliestStart: now.getTime() + service.minNoticeMinutes * MIN };
}

export function computeSlots(input: ComputeSlotsInput): FreeSlot[] {
  const { service, counters, holidays } = input;
  const { firstDate, endDate, earliestStart } = slotWindow(service, input.now, input.from, input.days);
  if (firstDate >= endDate || counters.length === 0) return [];
  const block = (service.durationMinutes + service.bufferMinutes) * MIN;
  const duration = service.durationMinutes * MIN;

  // The local dates of the window that are not public holidays, each with its converter.
  const dates: { date: string; weekday: number; toUtc: (m: number) => number }[] = [];
  for (let d = firstDate; d < endDate; d = addDays(d, 1)) {
    if (!holidays.has(d)) dates.push({ date: d, weekday: isoWeekday(d), toUtc: dayConverter(d) });
  }
  if (dates.length === 0) return [];
  const windowStart = dates[0].toUtc(0);
  const windowEnd = dates[dates.length - 1].toUtc(1440);

  // Busy time per counter: its bookings, its closures and its location's closures.
  const busyByCounter = new Map<string, Range[]>(counters.map((c) => [c.id, []]));
  const countersByLocation = new Map<string, string[]>();
  for (const c of counters) countersByLocation.set(c.locationId, [...(countersByLocation.get(c.locationId) ?? []), c.id]);
  const addBusy = (counterId: string, start: number, end: number) => {
    if (end > windowStart && start < windowEnd) busyByCounter.get(counterId)?.push({ start, end });
  };
  for (const b of input.bookings) addBusy(b.counterId, ms(b.startsAt), ms(b.blockedUntil));
  for (const c of input.closures) {
    const targets = c.counterId ? [c.counterId] : c.locationId ? (countersByLocation.get(c.locationId) ?? []) : [];
    for (const id of targets) addBusy(id, ms(c.startsAt), ms(c.endsAt));
  }

  const free = new Map<number, string[]>();
  for (const counter of counters) {
    const busy = merge(busyByCounter.get(counter.id)!);
    let p = 0; // sweep pointer into `busy`; slot starts only ever increase for one counter
    for (const { date, weekday, toUtc } of dates) {
      const open = merge(
        counter.rules
          .filter((r) => r.weekday === weekday && (!r.validFrom || r.validFrom <= date) && (!r.validUntil || r.validUntil >= date))
          .map((r) => ({ start: toUtc(r.startMinute), end: toUtc(r.endMinute) })),
      );
      for (const interval of open) {
        let t = interval.start;
        if (t < earliestStart) t += Math.ceil((earliestStart - t) / block) * block;
        for (; t + block <= interval.end; t += block) {
          while (p < busy.length && busy[p].end <= t) p++;
          if (p < busy.length && busy[p].start < t + block) continue;
          const list = free.get(t);
          if (list) list.push(counter.id);
          else free.set(t, [counter.id]);
        }
      }
    }
  }

  return [...free.keys()].sort((a, b) => a - b).map((t) => ({ start: new Date(t), end: new Date(t + duration), counterIds: free.get(t)! }));
}

/** Groups slots by their local (Europe/Berlin) date, in order. */
export function groupSlotsByDay(slots: FreeSlot[]): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const date = berlinDateOf(slot.start);
    const last = days[days.length - 1];
    if (last?.date === date) last.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return days;
}
