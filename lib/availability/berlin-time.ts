/**
 * Wall-clock time in Europe/Berlin ↔ UTC instants, without a date library: Intl knows the
 * tz database, we only ask it for the offset at an instant. Opening rules are written in local
 * wall-clock minutes; bookings and closures are stored as UTC instants.
 *
 * Daylight-saving rule used everywhere: a wall-clock time means *the first moment the clock on
 * the wall shows that time (or has passed it)*.
 *  - spring forward (last Sunday of March, 02:00 → 03:00): 02:30 never shows; the clock passes
 *    it at the jump, so 02:30 → the jump instant (01:00 UTC, shown as 03:00 CEST).
 *  - fall back (last Sunday of October, 03:00 → 02:00): 02:30 shows twice; we take the first
 *    (00:30 UTC, still CEST). An interval ending at 02:30 therefore ends at the first 02:30.
 */
export const TIME_ZONE = "Europe/Berlin";

const MINUTE = 60_000;
const DAY = 86_400_000;

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

// Offsets only change on quarter hours anywhere on earth (on whole hours in Berlin).
const offsetCache = new Map<number, number>();
const QUARTER = 15 * MINUTE;

/** Minutes Europe/Berlin is ahead of UTC at `instant` (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date | number): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const bucket = Math.floor(ms / QUARTER);
  const cached = offsetCache.get(bucket);
  if (cached !== undefined) return cached;
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(bucket * QUARTER))) if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const offset = Math.round((asUtc - bucket * QUARTER) / MINUTE);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(bucket, offset);
  return offset;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD" of a UTC-midnight timestamp (calendar arithmetic, no time zone involved). */
const isoDateOfUtcMidnight = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local calendar date "YYYY-MM-DD" as UTC midnight (for arithmetic only, not an instant). */
export function dateToUtcMidnight(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export const isValidDate = (date: string) => DATE_RE.test(date) && isoDateOfUtcMidnight(dateToUtcMidnight(date)) === date;

export const addDays = (date: string, days: number) => isoDateOfUtcMidnight(dateToUtcMidnight(date) + days * DAY);

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (as in OpeningRule.weekday). */
export function isoWeekday(date: string): number {
  const d = new Date(dateToUtcMidnight(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The local (Europe/Berlin) calendar date of an instant. */
export function berlinDateOf(instant: Date | number): string {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  return isoDateOfUtcMidnight(Math.floor((ms + berlinOffsetMinutes(ms) * MINUTE) / DAY) * DAY);
}

/** Minutes after local midnight that the wall clock shows at `instant`. */
export function berlinMinuteOf(instant: Date | number): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const local = ms + berlinOffsetMinutes(ms) * MINUTE;
  return Math.floor((local - Math.floor(local / DAY) * DAY) / MINUTE);
}

/**
 * The instant (epoch ms) at which the Berlin wall clock first shows `minute` (0…1440) on
 * `date`; see the daylight-saving rule at the top of this file.
 */
export function berlinWallTimeToUtcMs(date: string, minute: number): number {
  const wall = dateToUtcMidnight(date) + minute * MINUTE; // the wall-clock reading, as if it were UTC
  const before = berlinOffsetMinutes(wall - 12 * 60 * MINUTE);
  const after = berlinOffsetMinutes(wall + 12 * 60 * MINUTE);
  // Candidates: the reading interpreted with each offset in force around that day.
  const candidates = [...new Set([before, after])]
    .map((o) => wall - o * MINUTE)
    .filter((t) => berlinOffsetMinutes(t) * MINUTE === wall - t)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]; // the only one, or the first of a repeated hour
  // The reading falls into a spring-forward gap: find the jump (first instant on the new
  // offset) between the reading taken with the new offset (still before the jump) and the
  // reading taken with the old offset (already after it).
  let lo = wall - after * MINUTE;
  let hi = wall - before * MINUTE;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (berlinOffsetMinutes(mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

export const berlinWallTimeToUtc = (date: string, minute: number) => new Date(berlinWallTimeToUtcMs(date, minute));

/** Today's calendar date at the office. */
export const berlinToday = (now: Date = new Date()) => berlinDateOf(now);
