import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { listSlots } from "@/lib/availability/list-slots";
import { isNrwHoliday, nrwHolidaysBetween } from "@/lib/availability/holidays";
import { addDays, berlinToday, berlinWallTimeToUtc } from "@/lib/availability/berlin-time";
import { toAppError } from "@/lib/errors";
import { GET as slotsRoute } from "@/app/api/v1/services/[code]/slots/route";
import { seedAppointments } from "@/prisma/seed-appointments";
import { SERVICE_CODES } from "@/lib/catalogue/service-codes";
import { admin } from "../setup/admin-db";

/**
 * Availability on real PostgreSQL. The seeded catalogue is checked loosely (other test files may
 * book on it); exact effects of bookings and closures are checked on a service of our own.
 */
const rand = () => randomBytes(4).toString("hex");
const MIN = 60_000;

type Fixture = { code: string; serviceId: string; locationId: string; counters: [string, string] };

async function makeFixture(): Promise<Fixture> {
  const a = admin();
  const code = `it-avail-${rand()}`;
  const { rows: [service] } = await a.query(
    `INSERT INTO "Service" (code, lane, "durationMinutes", "bufferMinutes", "bookingMode", "minNoticeMinutes", "horizonDays")
     VALUES ($1, 'ABH', 20, 10, 'ONLINE', 0, 60) RETURNING id`,
    [code],
  );
  await a.query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'de', 'Testdienst', '')`, [service.id]);
  const { rows: [location] } = await a.query(`INSERT INTO "Location" (code, name, address, kind) VALUES ($1, 'Testort', 'Teststraße 1', 'NEIGHBOURHOOD') RETURNING id`, [code]);
  const counters: string[] = [];
  for (const name of ["C1", "C2"]) {
    const { rows: [c] } = await a.query(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) RETURNING id`, [location.id, name]);
    await a.query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [c.id, service.id]);
    // every day of the week 08:00–12:00, so the test never runs out of days
    for (let weekday = 1; weekday <= 7; weekday++) {
      await a.query(`INSERT INTO "OpeningRule" ("counterId", weekday, "startMinute", "endMinute") VALUES ($1, $2, 480, 720)`, [c.id, weekday]);
    }
    counters.push(c.id);
  }
  return { code, serviceId: service.id, locationId: location.id, counters: counters as [string, string] };
}

async function book(f: Fixture, counterId: string, start: string, extra: { status?: string; holdExpiresAt?: Date; releaseAt?: Date } = {}) {
  const startsAt = new Date(start);
  await admin().query(
    `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "holdExpiresAt", "releaseAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [`IT-${rand()}`, f.serviceId, counterId, startsAt, new Date(startsAt.getTime() + 20 * MIN), new Date(startsAt.getTime() + 30 * MIN), extra.status ?? "CONFIRMED", extra.holdExpiresAt ?? null, extra.releaseAt ?? null],
  );
}

const freeAt = async (code: string) => {
  const list = await listSlots({ code, days: 14 });
  return new Map(list.days.flatMap((d) => d.slots.map((s) => [s.start, s.free] as const)));
};

describe("listSlots on the seeded catalogue", () => {
  beforeAll(async () => {
    await seedAppointments(process.env.TEST_ADMIN_URL!, () => {});
  });

  it("lists free times of an online service, grouped by local date, never on holidays or before the notice", async () => {
    const now = new Date();
    const list = await listSlots({ code: SERVICE_CODES.permitExtension, days: 60 }, now);
    expect(list).toMatchObject({ service: SERVICE_CODES.permitExtension, bookingMode: "ONLINE", bookableOnline: true, timeZone: "Europe/Berlin" });
    expect(list.days.length).toBeGreaterThan(10);
    for (const day of list.days) {
      expect(isNrwHoliday(day.date)).toBe(false);
      expect(day.date.endsWith("-12-24") || day.date.endsWith("-12-31")).toBe(false); // seeded closures
      for (const slot of day.slots) {
        expect(new Date(slot.start).getTime()).toBeGreaterThanOrEqual(now.getTime() + 24 * 60 * MIN);
        expect(new Date(slot.end).getTime() - new Date(slot.start).getTime()).toBe(30 * MIN);
        expect(slot.free).toBeGreaterThanOrEqual(1);
      }
    }
    expect(list.days.at(-1)!.date < addDays(berlinToday(now), 60)).toBe(true);
  });

  it("lists no times for walk-in and desk-only services, and says so", async () => {
    const walkIn = await listSlots({ code: SERVICE_CODES.eatHandover, days: 14 });
    expect(walkIn).toMatchObject({ bookingMode: "WALK_IN", bookableOnline: false, days: [] });
    const desk = await listSlots({ code: SERVICE_CODES.familyPreApproval, days: 14 });
    expect(desk).toMatchObject({ bookingMode: "DESK_ONLY", bookableOnline: false, days: [] });
  });

  it("answers NOT_FOUND for an unknown service", async () => {
    await expect(listSlots({ code: "no-such-service", days: 1 }).catch((e) => toAppError(e).code)).resolves.toBe("NOT_FOUND");
  });

});

describe("listSlots: bookings and closures", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await makeFixture();
  });
  afterEach(async () => {
    await admin().query(`DELETE FROM "Booking" WHERE "serviceId" = $1`, [f.serviceId]);
    await admin().query(`DELETE FROM "Closure" WHERE "locationId" = $1 OR "counterId" = ANY($2::uuid[])`, [f.locationId, f.counters]);
  });

  // a slot several days ahead on a working day, so it is never near "now"
  const target = () => {
    let d = addDays(berlinToday(), 3);
    while (isNrwHoliday(d)) d = addDays(d, 1);
    return { date: d, start: berlinWallTimeToUtc(d, 9 * 60 + 30).toISOString() };
  };

  it("offers both counters at first", async () => {
    expect((await freeAt(f.code)).get(target().start)).toBe(2);
  });

  it("removes exactly the booked slot on the booked counter", async () => {
    const before = await freeAt(f.code);
    await book(f, f.counters[0], target().start);
    const after = await freeAt(f.code);
    expect(after.get(target().start)).toBe(1);
    const changed = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(changed).toEqual([target().start]);

    await book(f, f.counters[1], target().start);
    expect((await freeAt(f.code)).has(target().start)).toBe(false);
  });

  it("counts only bookings that block now: not expired holds, not released or cancelled slots", async () => {
    const past = new Date(Date.now() - MIN);
    const future = new Date(Date.now() + 10 * MIN);
    await book(f, f.counters[0], target().start, { status: "HELD", holdExpiresAt: past });
    await book(f, f.counters[1], target().start, { status: "CANCELLED" });
    expect((await freeAt(f.code)).get(target().start)).toBe(2);
    await admin().query(`DELETE FROM "Booking" WHERE "serviceId" = $1`, [f.serviceId]);

    await book(f, f.counters[0], target().start, { status: "HELD", holdExpiresAt: future });
    await book(f, f.counters[1], target().start, { status: "RELEASING", releaseAt: future });
    expect((await freeAt(f.code)).has(target().start)).toBe(false);
    await admin().query(`UPDATE "Booking" SET "releaseAt" = $2 WHERE "serviceId" = $1 AND status = 'RELEASING'`, [f.serviceId, past]);
    expect((await freeAt(f.code)).get(target().start)).toBe(1);
  });

  it("a booking of another service on a shared counter blocks it too", async () => {
    const { rows: [other] } = await admin().query(
      `INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode") VALUES ($1, 'ABH', 30, 'ONLINE') RETURNING id`,
      [`it-other-${rand()}`],
    );
    await admin().query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [f.counters[0], other.id]);
    const startsAt = new Date(target().start);
    await admin().query(
      `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status) VALUES ($1, $2, $3, $4, $5, $6, 'CONFIRMED')`,
      [`IT-${rand()}`, other.id, f.counters[0], new Date(startsAt.getTime() + 10 * MIN), new Date(startsAt.getTime() + 40 * MIN), new Date(startsAt.getTime() + 40 * MIN)],
    );
    const free = await freeAt(f.code);
    await admin().query(`DELETE FROM "Booking" WHERE "counterId" = $1`, [f.counters[0]]);
    expect(free.get(target().start)).toBe(1); // 09:40–10:10 overlaps 09:30 and 10:00
    expect(free.get(new Date(startsAt.getTime() + 30 * MIN).toISOString())).toBe(1);
    expect(free.get(new Date(startsAt.getTime() + 60 * MIN).toISOString())).toBe(2);
  });

  it("removes the slots under a counter closure, and the whole day under a location closure", async () => {
    const { date } = target();
    await admin().query(`INSERT INTO "Closure" ("counterId", "startsAt", "endsAt", reason) VALUES ($1, $2, $3, 'Test')`, [
      f.counters[0],
      berlinWallTimeToUtc(date, 9 * 60),
      berlinWallTimeToUtc(date, 10 * 60),
    ]);
    const list = await listSlots({ code: f.code, from: date, days: 1 });
    const byTime = Object.fromEntries(list.days[0].slots.map((s) => [s.start, s.free]));
    expect(byTime[berlinWallTimeToUtc(date, 8 * 60 + 30).toISOString()]).toBe(2);
    expect(byTime[berlinWallTimeToUtc(date, 9 * 60).toISOString()]).toBe(1);
    expect(byTime[berlinWallTimeToUtc(date, 9 * 60 + 30).toISOString()]).toBe(1);
    expect(byTime[berlinWallTimeToUtc(date, 10 * 60).toISOString()]).toBe(2);

    await admin().query(`INSERT INTO "Closure" ("locationId", "startsAt", "endsAt", reason) VALUES ($1, $2, $3, 'Test')`, [
      f.locationId,
      berlinWallTimeToUtc(date, 0),
      berlinWallTimeToUtc(addDays(date, 1), 0),
    ]);
    expect((await listSlots({ code: f.code, from: date, days: 1 })).days).toEqual([]);
  });

  it("skips NRW public holidays even when counters are open every day", async () => {
    const today = berlinToday();
    const list = await listSlots({ code: f.code, days: 60 });
    const dates = new Set(list.days.map((d) => d.date));
    const holidays = [...nrwHolidaysBetween(addDays(today, 1), addDays(today, 58))];
    for (const h of holidays) expect(dates.has(h)).toBe(false);
    expect(dates.size).toBeGreaterThan(50 - holidays.length);
  });

  it("GET /api/v1/services/{code}/slots answers JSON with a stable shape and error codes", async () => {
    const call = (code: string, qs: string) =>
      slotsRoute(new NextRequest(`http://localhost/api/v1/services/${code}/slots${qs}`), { params: Promise.resolve({ code }) });
    const ok = await call(f.code, `?from=${target().date}&days=2`);
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(Object.keys(body).sort()).toEqual(["allocation", "bookableOnline", "bookingMode", "days", "service", "timeZone"]);
    expect(body.days[0].date).toBe(target().date);
    expect(body.days[0].slots[0]).toEqual({ start: expect.stringMatching(/Z$/), end: expect.stringMatching(/Z$/), free: 2 });

    const bad = await call(f.code, "?from=2026-02-30&days=500");
    expect(bad.status).toBe(400);
    const badBody = await bad.json();
    expect(badBody.error.code).toBe("VALIDATION");
    expect(Object.keys(badBody.error.fieldErrors).sort()).toEqual(["days", "from"]);

    const missing = await call("no-such-service", "");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toEqual({ code: "NOT_FOUND", message: "errors:notFound" });
  });
});
