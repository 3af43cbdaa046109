import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addDays, berlinToday, berlinWallTimeToUtc } from "@/lib/availability/berlin-time";
import { toAppError } from "@/lib/errors";
import { closeDrawWindow } from "@/lib/draw/close-draw-window";
import { confirmOffer } from "@/lib/draw/confirm-offer";
import { drawOrder } from "@/lib/draw/draw-order";
import { expireOffers } from "@/lib/draw/expire-offers";
import { getDrawEntry } from "@/lib/draw/get-draw-entry";
import { openDrawWindow } from "@/lib/draw/open-draw-window";
import { publicDrawWindow } from "@/lib/draw/public-window";
import { registerForDraw } from "@/lib/draw/register-for-draw";
import { runDraw } from "@/lib/draw/run-draw";
import { setServiceAllocation } from "@/lib/draw/set-service-allocation";
import type { PersonDetails } from "@/lib/booking/schemas";
import { admin, asAppRole } from "../setup/admin-db";
import { makeActor, makeAllActors } from "../factories/staff";
import { client, makeService, person } from "./booking-arrange";

let adminActor: Actor;
beforeAll(async () => {
  adminActor = await makeActor("ADMIN");
  // many registrations of the same people across copies: the per-person limit is not under test
  process.env.BOOKING_RATE_PERSON_PER_DAY = "1000";
});

type Arranged = { serviceId: string; serviceCode: string; counterIds: string[]; windowId: string; dates: string[] };

/** A draw service open 09:00–`closeMinute` Berlin time, and an open window over `days` days from in three days. */
async function arrangeWindow(o: { counters?: number; closeMinute?: number; days?: number; offerHours?: number; lane?: "ABH" | "SOZ" } = {}): Promise<Arranged> {
  const svc = await makeService({ allocation: "DRAW", counters: o.counters ?? 1, open: [540, o.closeMinute ?? 600], lane: o.lane });
  const today = berlinToday();
  const now = Date.now();
  const { windowId } = await openDrawWindow(adminActor, {
    serviceCode: svc.serviceCode,
    opensAt: new Date(now - 3_600_000),
    closesAt: new Date(now + 3_600_000),
    slotsFrom: addDays(today, 3),
    slotsUntil: addDays(today, 3 + (o.days ?? 1) + 1),
    offerHours: o.offerHours ?? 24,
  });
  const window = await publicDrawWindow(svc.serviceCode);
  return { ...svc, windowId, dates: window!.dates.slice(0, o.days ?? 1) };
}

const closeRegistration = (windowId: string) =>
  admin().query(`UPDATE "DrawWindow" SET "closesAt" = now() - interval '1 second', "opensAt" = now() - interval '2 hours' WHERE id = $1`, [windowId]);

const register = (a: Arranged, p: PersonDetails, extra: { urgentBy?: string; acceptableDates?: string[] } = {}) =>
  registerForDraw({ serviceCode: a.serviceCode, ...p, acceptableDates: extra.acceptableDates ?? a.dates, urgentBy: extra.urgentBy }, client());

const entries = async (windowId: string) =>
  (
    await admin().query(
      `SELECT e.*, to_char(e."urgentBy", 'YYYY-MM-DD') AS urgent FROM "DrawEntry" e WHERE "windowId" = $1 ORDER BY "drawRank" NULLS LAST, "givenName"`,
      [windowId],
    )
  ).rows;

const liveBookings = async (serviceId: string) =>
  (await admin().query(`SELECT "counterId", "startsAt", "blockedUntil", status FROM "Booking" WHERE "serviceId" = $1 AND status IN ('HELD','CONFIRMED','RELEASING','CHECKED_IN')`, [serviceId])).rows;

describe("the draw is deterministic given a seed", () => {
  // fixed names: the order depends on seed and personKey only, so this test is fully deterministic
  const names = ["Amira Haddad", "Oleksandr Kovalenko", "Zeynep Yilmaz", "Yusuf Demir", "Olena Shevchenko", "Farid Nasser", "Mariam Saleh", "Taras Bondarenko"];
  const people = names.map((n) => person({ givenName: n.split(" ")[0], familyName: n.split(" ")[1] }));
  const urgent = addDays(berlinToday(), 20);

  /** A fresh copy: new service, new window, the same people registering in a different order. */
  async function drawCopy(seed: string, reverse = false) {
    const a = await arrangeWindow({ closeMinute: 600, days: 3 });
    const order = reverse ? [...people].reverse() : people;
    for (const p of order) {
      const k = people.indexOf(p);
      await register(a, p, { urgentBy: k % 3 === 0 ? urgent : undefined, acceptableDates: k % 2 === 0 ? a.dates : [a.dates[k % 3]] });
    }
    await closeRegistration(a.windowId);
    const result = await runDraw(adminActor, { windowId: a.windowId, seed });
    const rows = await entries(a.windowId);
    return {
      a,
      result,
      rows,
      outcome: rows.map((r) => `${r.drawRank} ${r.givenName} ${r.status} ${r.offerStartsAt ? (r.offerStartsAt as Date).getUTCHours() * 60 + (r.offerStartsAt as Date).getUTCMinutes() : "-"} ${r.offerStartsAt ? a.dates.indexOf(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(r.offerStartsAt)) : "-"}`),
    };
  }

  it("same entries and seed on two fresh copies give identical ranks and offers; another seed another order", async () => {
    const first = await drawCopy("seed-one-fixed");
    const second = await drawCopy("seed-one-fixed", true);
    expect(first.outcome).toEqual(second.outcome);
    expect(first.result).toMatchObject({ seed: "seed-one-fixed", entries: 8 });
    // 3 days × 2 slots; people who accept one day only may find it full
    const offered = first.rows.filter((r) => r.status === "OFFERED").length;
    expect(first.result.offers).toBe(offered);
    expect(offered).toBeGreaterThanOrEqual(4);
    expect(offered + first.rows.filter((r) => r.status === "WAITING").length).toBe(8);

    const other = await drawCopy("seed-two-fixed");
    expect(other.rows.map((r) => r.givenName)).not.toEqual(first.rows.map((r) => r.givenName));
  });

  it("stores seed and weights, so the order can be recomputed from the stored data alone", async () => {
    const { a, rows } = await drawCopy("verify-me-123");
    const w = (await admin().query(`SELECT seed, to_char("drawnAt" AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS day, status FROM "DrawWindow" WHERE id = $1`, [a.windowId])).rows[0];
    expect(w).toMatchObject({ seed: "verify-me-123", status: "DRAWN" });
    const recomputed = drawOrder(rows.map((r) => ({ id: r.id, personKey: r.personKey, urgentBy: r.urgent })), w.seed, w.day);
    expect(recomputed.map((r) => [r.id, r.rank, r.weight])).toEqual(rows.map((r) => [r.id, r.drawRank, r.weight]));
    expect(rows.filter((r) => r.urgent).every((r) => r.weight > 3)).toBe(true);
    expect(rows.filter((r) => !r.urgent).every((r) => r.weight === 1)).toBe(true);
    const audit = (await admin().query(`SELECT action, detail FROM "AuditEvent" WHERE "targetId" = $1 AND action = 'draw.run'`, [a.windowId])).rows;
    expect(audit[0].detail).toMatchObject({ seed: "verify-me-123", entries: 8, offers: rows.filter((r) => r.status === "OFFERED").length });
  });

  it("refuses to draw while registration is open, and to draw twice", async () => {
    const a = await arrangeWindow();
    await register(a, person());
    expect(await runDraw(adminActor, { windowId: a.windowId, seed: "too-early-1" }).catch(toAppError)).toMatchObject({ code: "CONFLICT", messageKey: "draw:error.notYetClosed" });
    await closeRegistration(a.windowId);
    await runDraw(adminActor, { windowId: a.windowId });
    expect(await runDraw(adminActor, { windowId: a.windowId, seed: "again-1234" }).catch(toAppError)).toMatchObject({ code: "CONFLICT", messageKey: "draw:error.alreadyDrawn" });
  });
});

describe("offers must be confirmed before the deadline", () => {
  it("an unconfirmed offer past its deadline passes to the next person in draw order, who confirms it", async () => {
    const a = await arrangeWindow({ closeMinute: 570, days: 1 }); // exactly one slot
    const people = [person(), person(), person()];
    const codes = [];
    for (const p of people) codes.push((await register(a, p)).code);
    await closeRegistration(a.windowId);
    await runDraw(adminActor, { windowId: a.windowId, seed: "deadline-seed" });
    const [first, second, third] = await entries(a.windowId);
    expect([first.status, second.status, third.status]).toEqual(["OFFERED", "WAITING", "WAITING"]);
    const firstKey = { code: first.code, birthDate: "1990-05-17" };
    expect(await getDrawEntry(firstKey, client())).toMatchObject({ status: "OFFERED", offer: { startsAt: first.offerStartsAt.toISOString() }, bookingCode: null });

    // the deadline passes unconfirmed (offer and hold expire at the same instant)
    await admin().query(`UPDATE "DrawEntry" SET "offerExpiresAt" = now() - interval '1 second' WHERE id = $1`, [first.id]);
    await admin().query(`UPDATE "Booking" SET "holdExpiresAt" = now() - interval '1 second' WHERE id = $1`, [first.bookingId]);
    expect(await confirmOffer(firstKey, client()).catch(toAppError)).toMatchObject({ code: "CONFLICT" });
    expect(await expireOffers()).toMatchObject({ expired: 1, offered: 1 });

    const after = await entries(a.windowId);
    expect(after.map((r) => r.status)).toEqual(["EXPIRED", "OFFERED", "WAITING"]);
    expect(after[1].offerStartsAt).toEqual(first.offerStartsAt);
    expect(await getDrawEntry(firstKey, client())).toMatchObject({ status: "EXPIRED", offer: null });

    const secondKey = { code: second.code, birthDate: "1990-05-17" };
    const { bookingCode } = await confirmOffer(secondKey, client());
    expect(await confirmOffer(secondKey, client())).toEqual({ bookingCode }); // a double click
    const booking = (await admin().query(`SELECT * FROM "Booking" WHERE code = $1`, [bookingCode])).rows[0];
    expect(booking).toMatchObject({ status: "CONFIRMED", givenName: second.givenName, personKey: second.personKey });
    expect(booking.personId).not.toBeNull();
    expect(booking.requestId).not.toBeNull();
    expect(await getDrawEntry(secondKey, client())).toMatchObject({ status: "CONFIRMED", bookingCode });
    expect(await getDrawEntry({ ...secondKey, birthDate: "1990-05-18" }, client()).catch(toAppError)).toMatchObject({ code: "NOT_FOUND" });
    expect(await confirmOffer({ code: third.code, birthDate: "1990-05-17" }, client()).catch(toAppError)).toMatchObject({ code: "CONFLICT", messageKey: "draw:error.noOffer" });

    // closing the window: whoever still waits has lost
    expect(await closeDrawWindow(adminActor, { windowId: a.windowId })).toEqual({ lost: 1 });
    expect((await entries(a.windowId)).map((r) => r.status)).toEqual(["EXPIRED", "CONFIRMED", "LOST"]);
  });
});

describe("capacity is never exceeded", () => {
  it("offers only what is free on the counters, also when expiries are processed in parallel", async () => {
    const a = await arrangeWindow({ counters: 2, closeMinute: 600, days: 1 }); // 2 counters × 2 slots
    for (let i = 0; i < 10; i++) await register(a, person());
    // one slot is already booked (e.g. at the desk before the switch to the draw)
    const nine = berlinWallTimeToUtc(a.dates[0], 540);
    await admin().query(
      `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status) VALUES ('PRE0-BOOK', $1, $2, $3, $4, $4, 'CONFIRMED')`,
      [a.serviceId, a.counterIds[0], nine, new Date(nine.getTime() + 30 * 60_000)],
    );
    await closeRegistration(a.windowId);
    expect(await runDraw(adminActor, { windowId: a.windowId, seed: "capacity-seed" })).toMatchObject({ entries: 10, offers: 3 });

    // every offer lapses at once; many status pages expire them in parallel
    await admin().query(`UPDATE "DrawEntry" SET "offerExpiresAt" = now() - interval '1 second' WHERE "windowId" = $1 AND status = 'OFFERED'`, [a.windowId]);
    await admin().query(`UPDATE "Booking" SET "holdExpiresAt" = now() - interval '1 second' WHERE "serviceId" = $1 AND status = 'HELD'`, [a.serviceId]);
    const results = await Promise.all(Array.from({ length: 6 }, () => expireOffers()));
    expect(results.reduce((n, r) => n + r.expired, 0)).toBe(3);
    expect(results.reduce((n, r) => n + r.offered, 0)).toBe(3);

    const live = await liveBookings(a.serviceId);
    expect(live).toHaveLength(4);
    const perCounterSlot = new Set(live.map((b) => `${b.counterId} ${(b.startsAt as Date).toISOString()}`));
    expect(perCounterSlot.size).toBe(4);
    const rows = await entries(a.windowId);
    expect(rows.filter((r) => r.status === "OFFERED").map((r) => r.drawRank)).toEqual([4, 5, 6]);
  });
});

describe("registration", () => {
  it("takes one entry per person and window, however the name is typed", async () => {
    const a = await arrangeWindow();
    const p = person({ givenName: "Mohammed", familyName: "Al-Hassan" });
    const { code } = await register(a, p);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const again = await register(a, { ...p, givenName: "al hassan", familyName: "MUHAMMAD" }).catch(toAppError);
    expect(again).toMatchObject({ code: "CONFLICT", messageKey: "draw:error.alreadyRegistered" });
    expect(await entries(a.windowId)).toHaveLength(1);
  });

  it("accepts only working days of the window, and only while it is open", async () => {
    const a = await arrangeWindow();
    const outside = await register(a, person(), { acceptableDates: [addDays(berlinToday(), 1)] }).catch(toAppError);
    expect(outside).toMatchObject({ code: "VALIDATION", fieldErrors: { acceptableDates: ["draw:error.dateNotOffered"] } });
    await closeRegistration(a.windowId);
    expect(await register(a, person()).catch(toAppError)).toMatchObject({ code: "CONFLICT", messageKey: "draw:error.noOpenWindow" });
    expect(await publicDrawWindow(a.serviceCode)).toBeNull();
  });

  it("keeps entries private: the public sees its own entry only, staff of other lanes nothing", async () => {
    const a = await arrangeWindow({ lane: "ABH" });
    const { code } = await register(a, person());
    const count = async (s: { role: string; lane?: string | null }) =>
      (await asAppRole<{ n: string }>(s, `SELECT count(*) AS n FROM "DrawEntry" WHERE "windowId" = $1`, [a.windowId])).rows[0].n;
    expect(await count({ role: "BOOKING" })).toBe("0");
    expect(await count({ role: "CASEWORKER", lane: "SOZ" })).toBe("0");
    expect(await count({ role: "FRONT_DESK" })).toBe("0");
    expect(await count({ role: "CASEWORKER", lane: "ABH" })).toBe("1");
    expect(await count({ role: "ADMIN" })).toBe("1");
    expect(await getDrawEntry({ code, birthDate: "1990-05-17" }, client())).toMatchObject({ status: "WAITING", serviceCode: a.serviceCode });
  });
});

describe("authorization", () => {
  it("only admins run draws, open and close windows and switch allocation; the switch is audited", async () => {
    const a = await arrangeWindow();
    await closeRegistration(a.windowId);
    const others = await makeAllActors();
    for (const actor of Object.values(others).filter((x) => x.role !== "ADMIN")) {
      expect(await runDraw(actor, { windowId: a.windowId }).catch(toAppError)).toMatchObject({ code: "NOT_FOUND" });
      expect(await closeDrawWindow(actor, { windowId: a.windowId }).catch(toAppError)).toMatchObject({ code: "NOT_FOUND" });
      expect(await setServiceAllocation(actor, { serviceCode: a.serviceCode, allocation: "FIRST_COME" }).catch(toAppError)).toMatchObject({ code: "NOT_FOUND" });
      const today = berlinToday();
      const open = { serviceCode: a.serviceCode, opensAt: new Date(), closesAt: new Date(Date.now() + 1e6), slotsFrom: addDays(today, 3), slotsUntil: addDays(today, 4), offerHours: 24 };
      expect(await openDrawWindow(actor, open).catch(toAppError)).toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await admin().query(`SELECT status FROM "DrawWindow" WHERE id = $1`, [a.windowId])).rows[0].status).toBe("OPEN");
    expect((await admin().query(`SELECT allocation FROM "Service" WHERE id = $1`, [a.serviceId])).rows[0].allocation).toBe("DRAW");

    // an open window keeps the service on the draw; once closed, the admin may switch back
    expect(await setServiceAllocation(adminActor, { serviceCode: a.serviceCode, allocation: "FIRST_COME" }).catch(toAppError)).toMatchObject({ code: "CONFLICT", messageKey: "draw:error.windowLive" });
    await closeDrawWindow(adminActor, { windowId: a.windowId });
    await setServiceAllocation(adminActor, { serviceCode: a.serviceCode, allocation: "FIRST_COME" });
    expect((await admin().query(`SELECT allocation FROM "Service" WHERE id = $1`, [a.serviceId])).rows[0].allocation).toBe("FIRST_COME");
    const audit = (await admin().query(`SELECT "actorId", detail FROM "AuditEvent" WHERE action = 'service.allocation' AND "targetId" = $1`, [a.serviceId])).rows;
    expect(audit).toEqual([{ actorId: adminActor.userId, detail: { service: a.serviceCode, from: "DRAW", to: "FIRST_COME" } }]);
  });
});
