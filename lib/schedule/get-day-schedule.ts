import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import type { BookingStatus, Lane } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/settings";
import { addDays, berlinToday, berlinWallTimeToUtc, isoWeekday } from "@/lib/availability/berlin-time";
import { isNrwHoliday } from "@/lib/availability/holidays";
import { assertMay, visibleBookingLanes } from "./policy";
import type { DayScheduleQuery } from "./schemas";
import { serviceName } from "./service-name";

/** Bookings that occupy or occupied the counter; holds in progress, expired and released ones are noise. */
export const SCHEDULE_STATUSES = ["CONFIRMED", "CHECKED_IN", "COMPLETED", "NO_SHOW", "RELEASING"] as const satisfies readonly BookingStatus[];

export type ScheduleBooking = {
  id: string;
  code: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  serviceName: string;
  lane: Lane;
  givenName: string | null;
  familyName: string | null;
  onBehalf: boolean;
};
export type ScheduleClosure = { id: string; startsAt: Date; endsAt: Date; reason: string };

/**
 * One location's day, counter by counter: opening hours in force that day, closures (of the
 * counter or the whole location), the NRW holiday if it is one, and the bookings the actor may
 * see. Bookings run under the actor (withActor), so row-level security leaves out what the
 * Booking policies hide (MBE/JMD bookings from the front desk, other lanes from caseworkers);
 * the `where` names the same lanes. Day boundaries are Berlin midnights (23 or 25 hours on
 * daylight-saving days). The read is audited: it shows names of people with appointments.
 */
export async function getDaySchedule(actor: Actor, query: DayScheduleQuery, locale: Locale, now: Date = new Date()) {
  assertMay(actor, "schedule.view");
  const date = query.date ?? berlinToday(now);
  const from = berlinWallTimeToUtc(date, 0);
  const to = berlinWallTimeToUtc(addDays(date, 1), 0);
  const weekday = isoWeekday(date);
  const day = new Date(`${date}T00:00:00Z`); // @db.Date values compare as UTC midnights

  return withActor(actor, async (tx) => {
    const locations = await tx.location.findMany({ where: { active: true }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, address: true } });
    const location = query.location ? locations.find((l) => l.id === query.location) : locations[0];
    if (!location) throw notFound("location");

    const [counters, locationClosures, bookings] = await Promise.all([
      tx.counter.findMany({
        where: { locationId: location.id },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          active: true,
          openingRules: {
            where: { weekday, AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: day } }] }, { OR: [{ validUntil: null }, { validUntil: { gte: day } }] }] },
            orderBy: { startMinute: "asc" },
            select: { startMinute: true, endMinute: true },
          },
          closures: { where: { startsAt: { lt: to }, endsAt: { gt: from } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, reason: true } },
        },
      }),
      tx.closure.findMany({ where: { locationId: location.id, startsAt: { lt: to }, endsAt: { gt: from } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, reason: true } }),
      tx.booking.findMany({
        where: {
          counter: { locationId: location.id },
          startsAt: { gte: from, lt: to },
          status: { in: [...SCHEDULE_STATUSES] },
          service: { lane: { in: visibleBookingLanes(actor) } },
        },
        orderBy: [{ startsAt: "asc" }, { code: "asc" }],
        select: {
          id: true,
          code: true,
          counterId: true,
          startsAt: true,
          endsAt: true,
          status: true,
          givenName: true,
          familyName: true,
          onBehalf: true,
          service: { select: { code: true, lane: true, texts: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } } } },
        },
      }),
    ]);

    await recordAudit(tx, actor, {
      action: "schedule.day",
      purpose: "schedule",
      lane: actor.lane,
      targetId: location.id,
      detail: { date, bookings: bookings.length },
    });

    const toView = (b: (typeof bookings)[number]): ScheduleBooking => ({
      id: b.id,
      code: b.code,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      status: b.status,
      serviceName: serviceName(b.service, locale),
      lane: b.service.lane,
      givenName: b.givenName,
      familyName: b.familyName,
      onBehalf: b.onBehalf,
    });
    return {
      date,
      previousDate: addDays(date, -1),
      nextDate: addDays(date, 1),
      holiday: isNrwHoliday(date),
      locations: locations.map((l) => ({ id: l.id, name: l.name })),
      location,
      closures: locationClosures as ScheduleClosure[],
      counters: counters.map((c) => ({
        id: c.id,
        name: c.name,
        active: c.active,
        opening: c.openingRules,
        closures: c.closures as ScheduleClosure[],
        bookings: bookings.filter((b) => b.counterId === c.id).map(toView),
      })),
    };
  });
}

export type DaySchedule = Awaited<ReturnType<typeof getDaySchedule>>;
