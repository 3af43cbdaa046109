import type { Tx } from "@/lib/db";
import type { BookingMode, Allocation, Lane } from "@/lib/generated/prisma/enums";
import { slotWindow, type ComputeSlotsInput, type CounterInput, type OpeningRuleInput } from "./compute-slots";
import { berlinWallTimeToUtc } from "./berlin-time";
import { nrwHolidaysBetween } from "./holidays";

export type AvailabilityService = {
  id: string;
  code: string;
  lane: Lane;
  bookingMode: BookingMode;
  allocation: Allocation;
  durationMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
};

type ServiceRow = AvailabilityService & {
  counters: { id: string; locationId: string; rules: OpeningRuleInput[] }[];
};

/**
 * Everything computeSlots needs for one service, in three queries and no per-slot query:
 *  1. the service with its active counters (at active locations) and their opening rules,
 *  2. closures of those counters or their locations overlapping the window,
 *  3. live booked intervals on those counters (booked_intervals(): SECURITY DEFINER, only
 *     counter and time, because the Booking table itself is protected by row-level security).
 * Catalogue tables are public, so no actor is needed. `client` may be a transaction.
 * Returns null for an unknown or inactive service.
 */
export async function loadAvailabilityInput(
  client: Tx,
  code: string,
  opts: { now: Date; from?: string; days?: number },
): Promise<{ service: AvailabilityService; input: ComputeSlotsInput } | null> {
  const rows = await client.$queryRaw<ServiceRow[]>`
    SELECT s.id, s.code, s.lane, s."bookingMode", s.allocation, s."durationMinutes", s."bufferMinutes",
           s."minNoticeMinutes", s."horizonDays",
           coalesce((
             SELECT json_agg(json_build_object(
                      'id', c.id, 'locationId', c."locationId",
                      'rules', coalesce((
                        SELECT json_agg(json_build_object('weekday', r.weekday, 'startMinute', r."startMinute", 'endMinute', r."endMinute",
                                                          'validFrom', r."validFrom", 'validUntil', r."validUntil"))
                          FROM "OpeningRule" r WHERE r."counterId" = c.id), '[]'::json))
                    ORDER BY c.name)
               FROM "CounterService" cs
               JOIN "Counter" c ON c.id = cs."counterId" AND c.active
               JOIN "Location" l ON l.id = c."locationId" AND l.active
              WHERE cs."serviceId" = s.id), '[]'::json) AS counters
      FROM "Service" s
     WHERE s.code = ${code} AND s.active`;
  const row = rows[0];
  if (!row) return null;
  const { counters, ...service } = row;

  const window = slotWindow(service, opts.now, opts.from, opts.days);
  const rangeFrom = berlinWallTimeToUtc(window.firstDate, 0);
  const rangeTo = berlinWallTimeToUtc(window.endDate, 0);
  const counterIds = counters.map((c) => c.id);
  const locationIds = [...new Set(counters.map((c) => c.locationId))];

  const [closures, booked] =
    counterIds.length === 0 || window.firstDate >= window.endDate
      ? [[], []]
      : await Promise.all([
          client.closure.findMany({
            where: { OR: [{ counterId: { in: counterIds } }, { locationId: { in: locationIds } }], startsAt: { lt: rangeTo }, endsAt: { gt: rangeFrom } },
            select: { counterId: true, locationId: true, startsAt: true, endsAt: true },
          }),
          // epoch milliseconds as float8, not timestamptz: a busy service has thousands of booked
          // intervals, and parsing timestamptz text per value was a third of listSlots' CPU (profiled)
          client.$queryRaw<{ counter_id: string; starts_ms: number; until_ms: number }[]>`
            SELECT counter_id, (extract(epoch FROM starts_at) * 1000)::float8 AS starts_ms, (extract(epoch FROM blocked_until) * 1000)::float8 AS until_ms
              FROM booked_intervals(${service.id}::uuid, ${rangeFrom}::timestamptz, ${rangeTo}::timestamptz)`,
        ]);

  return {
    service,
    input: {
      service,
      counters: counters as CounterInput[],
      closures,
      bookings: booked.map((b) => ({ counterId: b.counter_id, startsAt: new Date(b.starts_ms), blockedUntil: new Date(b.until_ms) })),
      holidays: nrwHolidaysBetween(window.firstDate, window.endDate),
      now: opts.now,
      from: opts.from,
      days: opts.days,
    },
  };
}
