import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isNrwHoliday } from "@/lib/availability/holidays";

/**
 * Server-side check that a requested start time is a slot the office offers, before any row is
 * written: the counters that serve the service and are open then. The rules are those of the
 * slot pages (lib/availability/compute-slots.ts), so a slot shown there passes here:
 *  - the appointment plus its buffer lies inside one weekly opening rule of the counter on that
 *    Europe/Berlin weekday, starting on the rule's grid (steps of duration + buffer from the
 *    rule's start);
 *  - not on an NRW public holiday, not overlapping a closure of the counter or its location;
 *  - not before now + minimum notice (staff may book at short notice), and on a local date
 *    before today + horizonDays.
 * Whether a counter is still free is NOT checked here: the exclusion constraint decides that at
 * insert time (never check-then-insert).
 */
export type SlotService = {
  id: string;
  durationMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
};

const MINUTE = 60_000;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const berlin = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  weekday: "short",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Local calendar date, ISO weekday and minute after midnight of an instant in Europe/Berlin. */
export function berlinParts(instant: Date): { date: string; weekday: number; minute: number } {
  const p = Object.fromEntries(berlin.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, weekday: WEEKDAYS[p.weekday], minute: Number(p.hour) * 60 + Number(p.minute) };
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The rows a booking at `startsAt` occupies: the appointment, and the counter until the buffer ends. */
export function slotTimes(service: SlotService, startsAt: Date) {
  const endsAt = new Date(startsAt.getTime() + service.durationMinutes * MINUTE);
  return { startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + service.bufferMinutes * MINUTE) };
}

const notOffered = () => new AppError("VALIDATION", "slot not offered", { messageKey: "booking:error.slotNotOffered", fieldErrors: { startsAt: ["booking:error.slotNotOffered"] } });

/**
 * Counters (ids, in a stable order) on which `startsAt` is an offered slot of the service.
 * Throws VALIDATION when there are none: the time is not a slot at all, which is different
 * from a slot somebody else took (CONFLICT, decided by the insert).
 */
export async function bookableCounters(tx: Tx, service: SlotService, startsAt: Date, opts: { now: Date; minNotice: boolean }): Promise<string[]> {
  const block = service.durationMinutes + service.bufferMinutes;
  const { blockedUntil } = slotTimes(service, startsAt);
  const local = berlinParts(startsAt);
  const today = berlinParts(opts.now).date;
  const earliest = opts.now.getTime() + (opts.minNotice ? service.minNoticeMinutes * MINUTE : 0);
  if (
    startsAt.getUTCSeconds() !== 0 ||
    startsAt.getUTCMilliseconds() !== 0 ||
    startsAt.getTime() < earliest ||
    local.date >= addDays(today, service.horizonDays) ||
    local.minute + block > 1440 ||
    isNrwHoliday(local.date)
  ) {
    throw notOffered();
  }
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Counter" c
      JOIN "CounterService" cs ON cs."counterId" = c.id AND cs."serviceId" = ${service.id}::uuid
      JOIN "Location" l ON l.id = c."locationId" AND l.active
     WHERE c.active
       AND EXISTS (SELECT 1 FROM "OpeningRule" r
                    WHERE r."counterId" = c.id AND r.weekday = ${local.weekday}
                      AND r."startMinute" <= ${local.minute} AND ${local.minute + block} <= r."endMinute"
                      AND (${local.minute} - r."startMinute") % ${block} = 0
                      AND (r."validFrom" IS NULL OR r."validFrom" <= ${local.date}::date)
                      AND (r."validUntil" IS NULL OR r."validUntil" >= ${local.date}::date))
       AND NOT EXISTS (SELECT 1 FROM "Closure" x
                        WHERE (x."counterId" = c.id OR x."locationId" = c."locationId")
                          AND x."startsAt" < ${blockedUntil} AND x."endsAt" > ${startsAt})
     ORDER BY c.name, c.id`;
  if (rows.length === 0) throw notOffered();
  return rows.map((r) => r.id);
}
