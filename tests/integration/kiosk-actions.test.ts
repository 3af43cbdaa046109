import { beforeAll, describe, expect, it } from "vitest";
import { admin } from "../setup/admin-db";
import { makeActor } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import { issueDevice } from "@/lib/devices/issue-device";
import { revokeDevice } from "@/lib/devices/revoke-device";
import { runKioskAction } from "@/lib/actions/kiosk-action";
import { kioskCheckIn, kioskCheckInSchema, kioskWalkIn, kioskWalkInSchema } from "@/lib/kiosk/kiosk-operations";
import { confirmedBooking, makeOffice, ticketRow, type Office } from "./queue-arrange";

/** The kiosk's Server Actions: only a paired, unrevoked KIOSK device may use them, at its own location. */
let adminActor: Actor;
let office: Office;
let kioskToken: string;
beforeAll(async () => {
  adminActor = await makeActor("ADMIN");
  office = await makeOffice();
  kioskToken = (await issueDevice(adminActor, { kind: "KIOSK", locationId: office.locationId, name: "Kiosk Eingang" })).token;
});

/** Inputs arrive as the kiosk's forms post them. */
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const walkIn = (token: string | undefined, input: Record<string, string> = { serviceCode: office.abh.code, language: "tr" }) =>
  runKioskAction(kioskWalkInSchema, kioskWalkIn, token, form(input));
const checkIn = (token: string | undefined, input: Record<string, string>) => runKioskAction(kioskCheckInSchema, kioskCheckIn, token, form(input));
const ticketsIn = async (queueId: string) => (await admin().query(`SELECT count(*)::int AS n FROM "Ticket" WHERE "queueId" = $1`, [queueId])).rows[0].n;
/** A fresh office (bookings on its counters never overlap another test's) with a paired kiosk. */
async function kioskOffice() {
  const o = await makeOffice();
  return { o, token: (await issueDevice(adminActor, { kind: "KIOSK", locationId: o.locationId, name: "Kiosk" })).token };
}
const refused = { ok: false, code: "NOT_FOUND", messageKey: "kiosk:error.notPaired" };

describe("kiosk actions", () => {
  it("refuse a missing, a display's and a revoked token, and issue nothing", async () => {
    const displayToken = (await issueDevice(adminActor, { kind: "DISPLAY", locationId: office.locationId, name: "Wartebereich" })).token;
    const revoked = await issueDevice(adminActor, { kind: "KIOSK", locationId: office.locationId, name: "Kiosk alt" });
    await revokeDevice(adminActor, revoked.id);
    const before = await ticketsIn(office.queues.A);
    expect(await walkIn(undefined)).toEqual(refused);
    expect(await walkIn("not-a-token-at-all-but-plausible")).toEqual(refused);
    expect(await walkIn(displayToken)).toEqual(refused);
    expect(await walkIn(revoked.token)).toEqual(refused);
    expect(await ticketsIn(office.queues.A)).toBe(before);
  });

  it("issue a walk-in ticket at the kiosk's location in the chosen language", async () => {
    const result = await walkIn(kioskToken);
    if (!result.ok) throw new Error(result.messageKey);
    expect(result.data).toMatchObject({ queueName: "Aufenthalt", late: false, language: "tr" });
    expect(result.data.displayNumber).toMatch(/^A-\d{3}$/);
    expect(await ticketRow(result.data.ticketId)).toMatchObject({ queueId: office.queues.A, status: "WAITING", bookingId: null });
  });

  it("check in with the scanned manage URL (only its code is used) and the date of birth", async () => {
    const { o, token } = await kioskOffice();
    const b = await confirmedBooking(o, o.abhCounters[0], new Date(Date.now() + 3 * 60_000));
    const scanned = `https://einehand.example/ar/booking?code=${b.code}&t=secret-manage-token`;
    const result = await checkIn(token, { code: scanned, birthDate: b.birthDate, language: "ar" });
    if (!result.ok) throw new Error(result.messageKey);
    expect(result.data).toMatchObject({ language: "ar", alreadyCheckedIn: false, late: false });
    expect((await ticketRow(result.data.ticketId)).bookingId).toBe(b.id);
  });

  it("require the date of birth with the code, and refuse a wrong one like an unknown code", async () => {
    const { o, token } = await kioskOffice();
    const b = await confirmedBooking(o, o.abhCounters[0], new Date(Date.now() + 2 * 60_000));
    expect(await checkIn(token, { code: b.code, language: "de" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await checkIn(token, { code: b.code, birthDate: "1901-01-01", language: "de" })).toEqual({
      ok: false, code: "NOT_FOUND", messageKey: "queue:error.bookingNotFound", fieldErrors: undefined,
    });
  });

  it("check in only at the kiosk's own location", async () => {
    const here = await kioskOffice();
    const elsewhere = await kioskOffice();
    const b = await confirmedBooking(here.o, here.o.abhCounters[0], new Date(Date.now() + 2 * 60_000));
    expect(await checkIn(elsewhere.token, { code: b.code, birthDate: b.birthDate, language: "de" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await checkIn(here.token, { givenName: b.givenName, familyName: b.familyName, birthDate: b.birthDate, language: "uk" })).toMatchObject({ ok: true });
  });
});
