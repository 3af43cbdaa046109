import { getHolidays } from "feiertagejs";
import { addDays } from "./berlin-time";

/**
 * NRW public holidays, computed by a maintained library (Easter-dependent dates included), never
 * typed in. 24 and 31 December are not public holidays; offices close then by a Closure.
 */
const REGION = "NW";
const byYear = new Map<number, string[]>();

export function nrwHolidaysOfYear(year: number): string[] {
  let days = byYear.get(year);
  if (!days) {
    days = getHolidays(year, REGION).map((h) => h.dateString);
    byYear.set(year, days);
  }
  return days;
}

/** Holiday dates "YYYY-MM-DD" between two local dates (inclusive). */
export function nrwHolidaysBetween(from: string, to: string): Set<string> {
  const out = new Set<string>();
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const d of nrwHolidaysOfYear(y)) if (d >= from && d <= to) out.add(d);
  }
  return out;
}

export const isNrwHoliday = (date: string) => nrwHolidaysOfYear(Number(date.slice(0, 4))).includes(date);

/** Holidays for a window that starts at `from` and spans `days` days. */
export const nrwHolidaysFor = (from: string, days: number) => nrwHolidaysBetween(from, addDays(from, days));
