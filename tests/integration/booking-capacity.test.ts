import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holdSlot } from "@/lib/booking/hold-slot";
import { confirmBooking } from "@/lib/booking/confirm-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { toAppError } from "@/lib/errors";
import { admin } from "../setup/admin-db";
import { client, makeService, person, slots } from "./booking-arrange";

/** Settles every promise; successes and AppErrors side by side. */
async function settle<T>(attempts: Promise<T>[]) {
  const results = await Promise.allSettled(attempts);
  return {
    ok: results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === "fulfilled").map((r) => r.value),
    errors: results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => toAppError(r.reason)),
  };
}

const liveRows = async (serviceId: string) =>
  (await admin().query(`SELECT "counterId", "startsAt", status FROM "Booking" WHERE "serviceId" = $1 AND status IN ('HELD','CONFIRMED','RELEASING','CHECKED_IN')`, [serviceId])).rows;

describe("capacity is enforced by the database", () => {
  it("gives 5 slots on one counter to exactly 5 of 200 parallel holds; the rest get CONFLICT", async () => {
    const svc = await makeService();
    const times = slots(5);
    const { ok, errors } = await settle(Array.from({ length: 200 }, (_, i) => holdSlot({ serviceId: svc.serviceId, startsAt: times[i % 5] }, client())));

    expect(ok).toHaveLength(5);
    expect(new Set(ok.map((h) => h.startsAt))).toEqual(new Set(times.map((t) => t.toISOString())));
    expect(errors).toHaveLength(195);
    expect(new Set(errors.map((e) => `${e.code} ${e.messageKey}`))).toEqual(new Set(["CONFLICT booking:error.slotTaken"]));
    const rows = await liveRows(svc.serviceId);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.status === "HELD")).toBe(true);
  });

  it("fills every counter that offers the slot, then refuses", async () => {
    const svc = await makeService({ counters: 3 });
    const [t] = slots(1);
    const { ok, errors } = await settle(
      Array.from({ length: 40 }, () => createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...person() }, client())),
    );
    expect(ok).toHaveLength(3);
    expect(errors.map((e) => e.messageKey)).toEqual(Array(37).fill("booking:error.slotTaken"));
    const rows = await liveRows(svc.serviceId);
    expect(new Set(rows.map((r) => r.counterId))).toEqual(new Set(svc.counterIds));
    expect(rows.every((r) => r.status === "CONFIRMED")).toBe(true);
  });

  it("a buffer blocks the counter after the appointment: overlapping slots exclude each other", async () => {
    const svc = await makeService({ durationMinutes: 20, bufferMinutes: 10 });
    const [t] = slots(1);
    await holdSlot({ serviceId: svc.serviceId, startsAt: t }, client());
    const rows = (await admin().query(`SELECT "startsAt", "endsAt", "blockedUntil" FROM "Booking" WHERE "serviceId" = $1`, [svc.serviceId])).rows;
    expect(rows[0].endsAt.getTime() - t.getTime()).toBe(20 * 60_000);
    expect(rows[0].blockedUntil.getTime() - t.getTime()).toBe(30 * 60_000);
    // another service on the same counter, 15 minutes later, collides with the buffer
    const other = (await admin().query(`INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode", "minNoticeMinutes") VALUES ($1, 'ABH', 15, 'ONLINE', 0) RETURNING id`, [`other-${svc.serviceCode}`])).rows[0].id;
    await admin().query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [svc.counterIds[0], other]);
    const clash = await holdSlot({ serviceId: other, startsAt: new Date(t.getTime() + 15 * 60_000) }, client()).catch(toAppError);
    expect(clash).toMatchObject({ code: "CONFLICT", messageKey: "booking:error.slotTaken" });
    await expect(holdSlot({ serviceId: other, startsAt: new Date(t.getTime() + 30 * 60_000) }, client())).resolves.toMatchObject({ serviceCode: `other-${svc.serviceCode}` });
  });
});

describe("a hold blocks the slot only until it expires", () => {
  // the in-process gate would remember "full" for a few seconds; here the database's view counts
  const saved = process.env.BOOKING_GATE_MEMORY_MS;
  beforeAll(() => {
    process.env.BOOKING_GATE_MEMORY_MS = "0";
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.BOOKING_GATE_MEMORY_MS;
    else process.env.BOOKING_GATE_MEMORY_MS = saved;
  });

  it("refuses the held slot to others, then gives it to the next person once the hold has run out", async () => {
    const svc = await makeService();
    const [t] = slots(1, 4);
    const first = await holdSlot({ serviceId: svc.serviceId, startsAt: t }, client());
    await expect(createBooking({ serviceId: svc.serviceId, startsAt: t, ...person() }, client())).rejects.toMatchObject({ messageKey: "booking:error.slotTaken" });
    // the form was not sent in time
    await admin().query(`UPDATE "Booking" SET "holdExpiresAt" = now() - interval '1 second' WHERE code = $1`, [first.code]);
    await expect(createBooking({ serviceId: svc.serviceId, startsAt: t, ...person() }, client())).resolves.toMatchObject({ status: "CONFIRMED" });
    expect((await admin().query(`SELECT status FROM "Booking" WHERE code = $1`, [first.code])).rows[0].status).toBe("EXPIRED");
    await expect(confirmBooking({ code: first.code, ...person() }, client())).rejects.toMatchObject({ messageKey: "booking:error.holdExpired" });
    expect(await liveRows(svc.serviceId)).toHaveLength(1);
  });
});

describe("one active booking per person and service, under concurrency", () => {
  // the per-person rate limit would answer first; here the unique index must decide
  const saved = process.env.BOOKING_RATE_PERSON_PER_DAY;
  beforeAll(() => {
    process.env.BOOKING_RATE_PERSON_PER_DAY = "1000";
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.BOOKING_RATE_PERSON_PER_DAY;
    else process.env.BOOKING_RATE_PERSON_PER_DAY = saved;
  });

  it("20 parallel confirmations of 20 holds by the same person: exactly one succeeds", async () => {
    const svc = await makeService();
    const times = slots(20, 4, 30);
    const holds = await Promise.all(times.map((t) => holdSlot({ serviceId: svc.serviceId, startsAt: t }, client())));
    // the same person, typed in different ways
    const same = [
      { givenName: "Mohammed", familyName: "Al-Hassan" },
      { givenName: "Muhammad", familyName: "Al Hassan" },
      { givenName: "MOHAMMED", familyName: "al hassan" },
      { givenName: "Al-Hassan", familyName: "Mohammed" },
    ];
    const who = person({ birthDate: "1985-02-03" });
    const { ok, errors } = await settle(holds.map((h, i) => confirmBooking({ code: h.code, ...who, ...same[i % same.length] }, client())));

    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(19);
    expect(new Set(errors.map((e) => `${e.code} ${e.messageKey}`))).toEqual(new Set(["CONFLICT booking:error.alreadyBooked"]));
    const confirmed = (await admin().query(`SELECT "personKey" FROM "Booking" WHERE "serviceId" = $1 AND status = 'CONFIRMED'`, [svc.serviceId])).rows;
    expect(confirmed).toEqual([{ personKey: "al hsn mhmd|1985-02-03" }]);
    // the other holds are untouched and run out as usual
    expect((await admin().query(`SELECT count(*)::int AS n FROM "Booking" WHERE "serviceId" = $1 AND status = 'HELD'`, [svc.serviceId])).rows[0].n).toBe(19);
  });

  it("20 parallel one-step bookings by the same person at different slots: exactly one", async () => {
    const svc = await makeService();
    const who = person();
    const { ok, errors } = await settle(slots(20, 5).map((t) => createBooking({ serviceId: svc.serviceId, startsAt: t, ...who }, client())));
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.messageKey)).toEqual(Array(19).fill("booking:error.alreadyBooked"));
    expect(await liveRows(svc.serviceId)).toHaveLength(1);
    // nothing of the failed attempts is left in the case model
    expect((await admin().query(`SELECT count(*)::int AS n FROM "Person" WHERE "familyName" = $1`, [who.familyName])).rows[0].n).toBe(1);
  });

  it("the same person may book different services", async () => {
    const a = await makeService();
    const b = await makeService();
    const who = person();
    const [t] = slots(1, 6);
    await createBooking({ serviceId: a.serviceId, startsAt: t, ...who }, client());
    await expect(createBooking({ serviceId: b.serviceId, startsAt: t, ...who }, client())).resolves.toMatchObject({ status: "CONFIRMED" });
  });
});
