import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { admin, asAppRole } from "../setup/admin-db";
import { makeAllActors } from "../factories/staff";
import { bookingRow, client, makeService, person, slots } from "./booking-arrange";
import type { Actor } from "@/lib/auth/actor";
import { bookOnBehalf } from "@/lib/booking/book-on-behalf";
import { createBooking } from "@/lib/booking/create-booking";
import { listInbox } from "@/lib/lanes/list-inbox";
import { listStaffSlots } from "@/lib/schedule/list-staff-slots";
import { listBookableServices } from "@/lib/schedule/list-bookable-services";
import { prefillFromFile } from "@/lib/schedule/prefill-from-file";
import { berlinDateOf } from "@/lib/availability/berlin-time";

let a: Awaited<ReturnType<typeof makeAllActors>>;
beforeAll(async () => {
  a = await makeAllActors();
});

const bookingsOf = async (serviceId: string) => (await admin().query(`SELECT count(*)::int AS n FROM "Booking" WHERE "serviceId" = $1`, [serviceId])).rows[0].n as number;
const routeOf = async (bookingCode: string) =>
  (await admin().query(`SELECT r.lane, q.channel, q."createdById", f."fileNumber" FROM "Booking" b JOIN "Request" q ON q.id = b."requestId"
      JOIN "RequestRoute" r ON r."requestId" = q.id JOIN "CaseFile" f ON f.id = q."caseFileId" WHERE b.code = $1`, [bookingCode])).rows;

describe("booking on someone's behalf", () => {
  it("lets a KIM caseworker book a KIM service: into the case model, routed to KIM, audited", async () => {
    const svc = await makeService({ lane: "KIM" });
    const [t] = slots(1);
    const result = await bookOnBehalf(a.kim, { serviceCode: svc.serviceCode, startsAt: t, ...person() });
    expect(result.booking.person.onBehalf).toBe(true);
    expect(result.personCreated).toBe(true);
    expect(result.possibleDuplicate).toBe(false);
    const row = await bookingRow(result.booking.code);
    expect(row).toMatchObject({ status: "CONFIRMED", onBehalf: true, bookedById: a.kim.userId });
    expect(await routeOf(result.booking.code)).toEqual([{ lane: "KIM", channel: "COUNTER", createdById: a.kim.userId, fileNumber: result.fileNumber }]);
    const audit = await admin().query(`SELECT action, "actorId" FROM "AuditEvent" WHERE "targetId" = $1`, [row.id]);
    expect(audit.rows).toEqual([{ action: "booking.confirm", actorId: a.kim.userId }]);
  });

  it("lets lane leads book their own lane, also desk-only services and at short notice", async () => {
    const svc = await makeService({ lane: "MBE", bookingMode: "DESK_ONLY", minNoticeMinutes: 60 * 24 * 30 });
    const [t] = slots(1, 1);
    const result = await bookOnBehalf(a.mbeLead, { serviceCode: svc.serviceCode, startsAt: t, ...person() });
    expect((await routeOf(result.booking.code))[0].lane).toBe("MBE");
  });

  it("refuses an ABH caseworker an MBE service, and a lane lead another lane's: 404, nothing written", async () => {
    const svc = await makeService({ lane: "MBE" });
    const [t] = slots(1);
    for (const actor of [a.abh, a.kimLead, a.jmd]) {
      await expect(bookOnBehalf(actor, { serviceCode: svc.serviceCode, startsAt: t, ...person() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await bookingsOf(svc.serviceId)).toBe(0);
  });

  it("refuses STEERING and ADMIN any booking", async () => {
    const svc = await makeService({ lane: "ABH" });
    const [t] = slots(1);
    for (const actor of [a.steering, a.admin]) {
      await expect(bookOnBehalf(actor, { serviceCode: svc.serviceCode, startsAt: t, ...person() })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listStaffSlots(actor, svc.serviceCode, berlinDateOf(t))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listBookableServices(actor, "de")).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await bookingsOf(svc.serviceId)).toBe(0);
  });

  it("lets the front desk book any lane's service, MBE included, which it then cannot read back", async () => {
    const svc = await makeService({ lane: "MBE" });
    const [t] = slots(1);
    const result = await bookOnBehalf(a.frontDesk, { serviceCode: svc.serviceCode, startsAt: t, ...person() });
    expect((await routeOf(result.booking.code))[0].lane).toBe("MBE");
    const seen = await asAppRole({ role: "FRONT_DESK", userId: a.frontDesk.userId }, `SELECT id FROM "Booking" WHERE code = $1`, [result.booking.code]);
    expect(seen.rows).toEqual([]);
  });
});

describe("the database holds the booking rule without the app", () => {
  const insertAs = (actor: Actor, serviceId: string, counterId: string, t: Date) =>
    asAppRole(
      { role: actor.role, lane: actor.lane, userId: actor.userId },
      `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "onBehalf", "bookedById")
       VALUES ($1, $2, $3, $4, $4::timestamptz + interval '30 minutes', $4::timestamptz + interval '30 minutes', 'CONFIRMED', true, $5)`,
      [`T-${randomUUID().slice(0, 8)}`, serviceId, counterId, t, actor.userId],
    );

  it("lets lane staff insert bookings of their own lane only; STEERING and ADMIN none", async () => {
    const mbe = await makeService({ lane: "MBE" });
    const times = slots(3);
    for (const actor of [a.abh, a.kimLead, a.steering, a.admin]) {
      await expect(insertAs(actor, mbe.serviceId, mbe.counterIds[0], times[0])).rejects.toThrow(/row-level security/);
    }
    await expect(insertAs(a.mbe, mbe.serviceId, mbe.counterIds[0], times[1])).resolves.toMatchObject({ rowCount: 1 });
    await expect(insertAs(a.frontDesk, mbe.serviceId, mbe.counterIds[0], times[2])).resolves.toMatchObject({ rowCount: 1 });
  });

  it("book_into_case links only the booker's own booking, and refuses roles that never book", async () => {
    const svc = await makeService({ lane: "KIM" });
    const [t] = slots(1);
    const code = `T-${randomUUID().slice(0, 8)}`;
    await admin().query(
      `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "onBehalf", "bookedById", "givenName", "familyName", "birthDate")
       VALUES ($1, $2, $3, $4, $4::timestamptz + interval '30 minutes', $4::timestamptz + interval '30 minutes', 'CONFIRMED', true, $5, 'Ada', 'Bek', '1990-01-01')`,
      [code, svc.serviceId, svc.counterIds[0], t, a.kim.userId],
    );
    const id = (await bookingRow(code)).id;
    const call = (actor: Actor) =>
      asAppRole({ role: actor.role, lane: actor.lane, userId: actor.userId },
        `SELECT * FROM book_into_case($1::uuid, 'Ada', 'Bek', 'ada bek', 'bk', 'GENERAL', 'COUNTER', 's', 'd')`, [id]);
    await expect(call(a.steering)).rejects.toThrow(/not allowed/);
    await expect(call(a.admin)).rejects.toThrow(/not allowed/);
    await expect(call(a.kimLead)).rejects.toThrow(/no such booking/); // not the booker
    await expect(call(a.abh)).rejects.toThrow(/no such booking/);
    expect((await bookingRow(code)).personId).toBeNull();
  });
});

describe("staff slots and prefill", () => {
  it("lists desk-only times without minimum notice, for own-lane services only", async () => {
    const svc = await makeService({ lane: "SOZ", bookingMode: "DESK_ONLY", minNoticeMinutes: 60 * 24 * 30, open: [8 * 60, 10 * 60] });
    const date = berlinDateOf(slots(1)[0]);
    const times = await listStaffSlots(a.soz, svc.serviceCode, date);
    expect(times).toHaveLength(4);
    expect(times.every((s) => s.free === 1)).toBe(true);
    await expect(listStaffSlots(a.abh, svc.serviceCode, date)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listStaffSlots(a.frontDesk, svc.serviceCode, date)).toHaveLength(4);
    expect((await listBookableServices(a.soz, "de")).map((s) => s.code)).toContain(svc.serviceCode);
    expect((await listBookableServices(a.abh, "de")).map((s) => s.code)).not.toContain(svc.serviceCode);
    expect((await listBookableServices(a.abh, "de")).every((s) => s.lane === "ABH")).toBe(true);
  });

  it("prefills from a case file the actor may see, audited; an unknown file is 404", async () => {
    const svc = await makeService({ lane: "ABH" });
    const [t] = slots(1);
    const p = person({ email: "prefill@example.org" });
    const booked = await bookOnBehalf(a.frontDesk, { serviceCode: svc.serviceCode, startsAt: t, ...p });
    const prefill = await prefillFromFile(a.abh, booked.fileNumber);
    expect(prefill).toMatchObject({ fileNumber: booked.fileNumber, givenName: p.givenName, familyName: p.familyName, birthDate: p.birthDate, email: "prefill@example.org", language: "ar" });
    const audit = await admin().query(`SELECT a.action FROM "AuditEvent" a JOIN "CaseFile" f ON f.id = a."caseFileId" WHERE f."fileNumber" = $1 AND a."actorId" = $2`, [booked.fileNumber, a.abh.userId]);
    expect(audit.rows).toEqual([{ action: "caseFile.read" }]);
    await expect(prefillFromFile(a.abh, "EH-0000-000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(prefillFromFile(a.admin, booked.fileNumber)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("into the lane's inbox (issue 3, item 8)", () => {
  it("an online booking appears as a new request in its service lane's inbox, and in no other", async () => {
    const svc = await makeService({ lane: "SOZ" });
    const [t] = slots(1);
    await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...person() }, client());
    const requestId = (await admin().query(`SELECT "requestId" FROM "Booking" WHERE "serviceId" = $1`, [svc.serviceId])).rows[0].requestId as string;
    const routeId = (await admin().query(`SELECT id FROM "RequestRoute" WHERE "requestId" = $1`, [requestId])).rows[0].id as string;

    const inbox = await listInbox(a.soz);
    const mine = inbox.routes.find((r) => r.id === routeId);
    expect(mine?.request).toEqual({ topic: expect.any(String), channel: "ONLINE" });
    expect(mine?.file?.fileNumber).toMatch(/^EH-\d{4}-\d{6}$/);
    for (const other of [a.abh, a.kim, a.mbe, a.jmd]) {
      expect((await listInbox(other)).routes.map((r) => r.id)).not.toContain(routeId);
    }
  });
});
