import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { admin } from "../setup/admin-db";
import { makeAllActors } from "../factories/staff";
import { makeService, slots } from "./booking-arrange";
import type { Actor } from "@/lib/auth/actor";
import { getDaySchedule } from "@/lib/schedule/get-day-schedule";
import { addDays, berlinDateOf, berlinWallTimeToUtc } from "@/lib/availability/berlin-time";

let a: Awaited<ReturnType<typeof makeAllActors>>;
beforeAll(async () => {
  a = await makeAllActors();
});

/** A confirmed booking written directly (the booking engine is tested elsewhere). */
async function book(serviceId: string, counterId: string, startsAt: Date, status = "CONFIRMED", name = "Person") {
  const code = `S-${randomUUID().slice(0, 8)}`;
  await admin().query(
    `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "givenName", "familyName", "birthDate")
     VALUES ($1, $2, $3, $4, $4::timestamptz + interval '30 minutes', $4::timestamptz + interval '30 minutes', $5, $6, 'Test', '1990-01-01')`,
    [code, serviceId, counterId, startsAt, status, name],
  );
  return code;
}

/** One counter serving an ABH and an MBE service, at its own location. */
async function sharedCounter() {
  const abh = await makeService({ lane: "ABH" });
  const mbe = (await admin().query(`INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode") VALUES ($1, 'MBE', 30, 'ONLINE') RETURNING id`, [`mbe-${randomUUID().slice(0, 8)}`])).rows[0].id as string;
  await admin().query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [abh.counterIds[0], mbe]);
  return { locationId: abh.locationId, counterId: abh.counterIds[0], abh: abh.serviceId, mbe };
}

const codesOf = (day: Awaited<ReturnType<typeof getDaySchedule>>) => day.counters.flatMap((c) => c.bookings.map((b) => b.code));

describe("the day view", () => {
  it("shows each role only the bookings its lane may see, as the Booking policies say", async () => {
    const s = await sharedCounter();
    const date = berlinDateOf(slots(1)[0]);
    const abhCode = await book(s.abh, s.counterId, berlinWallTimeToUtc(date, 9 * 60), "CONFIRMED", "Amira");
    const mbeCode = await book(s.mbe, s.counterId, berlinWallTimeToUtc(date, 10 * 60), "CONFIRMED", "Bohdan");
    const query = { location: s.locationId, date };

    const desk = await getDaySchedule(a.frontDesk, query, "de");
    expect(codesOf(desk)).toEqual([abhCode]);
    expect(desk.counters[0].bookings[0]).toMatchObject({ givenName: "Amira", lane: "ABH", status: "CONFIRMED" });
    expect(JSON.stringify(desk)).not.toContain("Bohdan");
    expect(codesOf(await getDaySchedule(a.abh, query, "de"))).toEqual([abhCode]);
    expect(codesOf(await getDaySchedule(a.abhLead, query, "de"))).toEqual([abhCode]);
    expect(codesOf(await getDaySchedule(a.mbe, query, "de"))).toEqual([mbeCode]);
    expect(codesOf(await getDaySchedule(a.kim, query, "de"))).toEqual([]);
    expect(codesOf(await getDaySchedule(a.jmd, query, "de"))).toEqual([]);
  });

  it("refuses STEERING and ADMIN: 404, nothing audited", async () => {
    const s = await sharedCounter();
    for (const actor of [a.steering, a.admin] as Actor[]) {
      await expect(getDaySchedule(actor, { location: s.locationId }, "de")).rejects.toMatchObject({ code: "NOT_FOUND" });
      const audit = await admin().query(`SELECT 1 FROM "AuditEvent" WHERE "actorId" = $1`, [actor.userId]);
      expect(audit.rows).toEqual([]);
    }
  });

  it("cuts the day at Berlin midnights and leaves out holds, expired and released bookings", async () => {
    const s = await sharedCounter();
    const date = berlinDateOf(slots(1)[0]);
    const first = await book(s.abh, s.counterId, berlinWallTimeToUtc(date, 0));
    const last = await book(s.abh, s.counterId, berlinWallTimeToUtc(date, 23 * 60 + 30));
    await book(s.abh, s.counterId, berlinWallTimeToUtc(addDays(date, 1), 0));
    await book(s.abh, s.counterId, berlinWallTimeToUtc(date, 12 * 60), "HELD");
    await book(s.abh, s.counterId, berlinWallTimeToUtc(date, 13 * 60), "CANCELLED");
    const checkedIn = await book(s.abh, s.counterId, berlinWallTimeToUtc(date, 14 * 60), "CHECKED_IN");
    const day = await getDaySchedule(a.frontDesk, { location: s.locationId, date }, "de");
    expect(codesOf(day)).toEqual([first, checkedIn, last]);
    expect(day.previousDate).toBe(addDays(date, -1));
    expect(day.nextDate).toBe(addDays(date, 1));
    const audit = await admin().query(`SELECT action, detail FROM "AuditEvent" WHERE "actorId" = $1 AND "targetId" = $2`, [a.frontDesk.userId, s.locationId]);
    expect(audit.rows).toEqual([{ action: "schedule.day", detail: { date, bookings: 3 } }]);
  });

  it("shows the day's opening hours, closures of the counter and the location, and NRW holidays", async () => {
    const s = await sharedCounter();
    const date = "2027-10-03"; // German Unity Day, a Sunday
    await admin().query(`DELETE FROM "OpeningRule" WHERE "counterId" = $1`, [s.counterId]);
    await admin().query(`INSERT INTO "OpeningRule" ("counterId", weekday, "startMinute", "endMinute", "validUntil") VALUES ($1, 7, 480, 720, NULL), ($1, 7, 780, 900, '2027-01-01'), ($1, 1, 480, 720, NULL)`, [s.counterId]);
    await admin().query(`INSERT INTO "Closure" ("counterId", "startsAt", "endsAt", reason) VALUES ($1, $2, $3, 'Umbau')`, [s.counterId, berlinWallTimeToUtc(date, 600), berlinWallTimeToUtc(date, 660)]);
    await admin().query(`INSERT INTO "Closure" ("locationId", "startsAt", "endsAt", reason) VALUES ($1, $2, $3, 'Betriebsversammlung')`, [s.locationId, berlinWallTimeToUtc(addDays(date, -1), 0), berlinWallTimeToUtc(addDays(date, 2), 0)]);
    const day = await getDaySchedule(a.frontDesk, { location: s.locationId, date }, "de");
    expect(day.holiday).toBe(true);
    expect(day.counters[0].opening).toEqual([{ startMinute: 480, endMinute: 720 }]);
    expect(day.counters[0].closures.map((c) => c.reason)).toEqual(["Umbau"]);
    expect(day.closures.map((c) => c.reason)).toEqual(["Betriebsversammlung"]);
    expect((await getDaySchedule(a.frontDesk, { location: s.locationId, date: "2027-10-05" }, "de")).holiday).toBe(false);
  });

  it("answers an unknown location with 404", async () => {
    await expect(getDaySchedule(a.frontDesk, { location: randomUUID() }, "de")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
