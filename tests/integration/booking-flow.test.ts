import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { POST as createBookingRoute } from "@/app/api/v1/bookings/route";
import { createBookingChallenge } from "@/lib/challenge/create-challenge";
import { getHold } from "@/lib/booking/get-hold";
import { manageToken } from "@/lib/booking/manage-link";
import { cancelBookingAction, confirmBookingAction, holdSlotAction, lookupBookingAction, rescheduleBookingAction } from "@/lib/booking/public-actions";
import { admin } from "../setup/admin-db";
import { bookingRow, makeService, person, slots } from "./booking-arrange";

/**
 * Issue 3: the public entry points of booking. The API's createBooking and the booking flow's
 * Server Actions require a solved proof-of-work (staff booking on behalf does not: covered in
 * the capacity tests), refuse bad input without changing anything, and lead from step to step
 * by redirects. Server Actions run as they are; only the request's headers are supplied.
 */
const requestIp = { value: "10.0.0.1" };
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": requestIp.value }) }));

beforeAll(() => {
  process.env.BOOKING_POW_MAX_NUMBER = "20"; // a few PBKDF2 rounds per challenge keep the suite fast
});

const freshIp = () => (requestIp.value = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);

async function solvedChallenge(): Promise<string> {
  const challenge = (await createBookingChallenge()) as unknown as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

function postBooking(body: Record<string, unknown>) {
  return createBookingRoute(
    new NextRequest("http://localhost/api/v1/bookings", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": freshIp() },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
}

const bookingsOf = async (serviceId: string) => (await admin().query(`SELECT code, status FROM "Booking" WHERE "serviceId" = $1`, [serviceId])).rows;

/** The URL a Server Action redirected to (redirect() throws; the wrapper lets it through). */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? "";
  expect(digest, String(error)).toMatch(/^NEXT_REDIRECT;/);
  return digest.split(";")[2];
}

function form(values: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

describe("API createBooking requires a solved proof-of-work", () => {
  it("refuses a booking without a challenge, with a malformed or a tampered one, and books nothing", async () => {
    const svc = await makeService();
    const [t] = slots(1);
    const body = { serviceCode: svc.serviceCode, startsAt: t.toISOString(), ...person() };
    const solved = JSON.parse(Buffer.from(await solvedChallenge(), "base64").toString());
    const tampered = Buffer.from(JSON.stringify({ ...solved, solution: { ...solved.solution, counter: solved.solution.counter + 1 } })).toString("base64");

    for (const challenge of [undefined, "bm90IGpzb24=", tampered]) {
      const res = await postBooking({ ...body, challenge });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ code: "VALIDATION", message: "challenge:error.invalid" });
    }
    expect(await bookingsOf(svc.serviceId)).toEqual([]);
  });

  it("books with a solved challenge, once: a replay is refused as used", async () => {
    const svc = await makeService();
    const [first, second] = slots(2);
    const challenge = await solvedChallenge();

    const ok = await postBooking({ serviceCode: svc.serviceCode, startsAt: first.toISOString(), ...person(), challenge });
    expect(ok.status).toBe(201);
    const booking = await ok.json();
    expect((await bookingRow(booking.code)).status).toBe("CONFIRMED");

    const replay = await postBooking({ serviceCode: svc.serviceCode, startsAt: second.toISOString(), ...person(), challenge });
    expect(replay.status).toBe(400);
    expect((await replay.json()).error).toMatchObject({ code: "VALIDATION", message: "challenge:error.used" });
    expect(await bookingsOf(svc.serviceId)).toHaveLength(1);
  });

  it("a booking that fails does not spend the solution", async () => {
    const svc = await makeService();
    const [t, other] = slots(2);
    await postBooking({ serviceCode: svc.serviceCode, startsAt: t.toISOString(), ...person(), challenge: await solvedChallenge() });
    const challenge = await solvedChallenge();

    const taken = await postBooking({ serviceCode: svc.serviceCode, startsAt: t.toISOString(), ...person(), challenge });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.message).toBe("booking:error.slotTaken");
    const retry = await postBooking({ serviceCode: svc.serviceCode, startsAt: other.toISOString(), ...person(), challenge });
    expect(retry.status).toBe(201);
  });
});

describe("the public booking flow's Server Actions", () => {
  it("hold → details → confirm with proof-of-work → the result page", async () => {
    freshIp();
    const svc = await makeService();
    const [t] = slots(1);

    const toDetails = await redirectOf(holdSlotAction(null, form({ locale: "ar", serviceCode: svc.serviceCode, startsAt: t.toISOString() })));
    const holdCode = new URL(toDetails, "http://x").searchParams.get("hold")!;
    expect(toDetails).toBe(`/ar/book/${svc.serviceCode}/details?hold=${encodeURIComponent(holdCode)}`);
    const hold = await getHold(holdCode);
    expect(hold).toMatchObject({ code: holdCode, serviceCode: svc.serviceCode, startsAt: t.toISOString() });

    const details = { locale: "ar", code: holdCode, givenName: "ليلى", familyName: "حداد", birthDate: "1988-03-09", email: "", phone: "+49 170 1234567", language: "ar" };
    // without the proof-of-work nothing happens: the hold stays a hold
    for (const challenge of [{ challenge: "" }, {}, { challenge: "e30=" }] as Record<string, string>[]) {
      const refused = await confirmBookingAction(null, form({ ...details, ...challenge }));
      expect(refused).toMatchObject({ ok: false, code: "VALIDATION", messageKey: "challenge:error.invalid" });
    }
    expect((await bookingRow(holdCode)).status).toBe("HELD");

    const done = await redirectOf(confirmBookingAction(null, form({ ...details, onBehalf: "true", challenge: await solvedChallenge() })));
    const url = new URL(done, "http://x");
    expect(url.pathname).toBe("/ar/book/done");
    expect(url.searchParams.get("code")).toBe(holdCode);
    expect(url.searchParams.get("t")).toBeTruthy();
    expect(done).not.toContain("1988");
    const row = await bookingRow(holdCode);
    expect(row).toMatchObject({ status: "CONFIRMED", givenName: "ليلى", phone: "+49 170 1234567", email: null, language: "ar", onBehalf: true });
    expect(await getHold(holdCode)).toBeNull(); // a booking is no longer readable by its code alone
  });

  it("refuses bad details next to the fields and changes nothing", async () => {
    freshIp();
    const svc = await makeService();
    const [t] = slots(1);
    const code = new URL(await redirectOf(holdSlotAction(null, form({ locale: "de", serviceCode: svc.serviceCode, startsAt: t.toISOString() }))), "http://x").searchParams.get("hold")!;
    const result = await confirmBookingAction(
      null,
      form({ locale: "de", code, givenName: "", familyName: "Kaya", birthDate: "2999-01-01", email: "kaya@", phone: "", language: "xx", challenge: await solvedChallenge() }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { givenName: ["errors:required"], birthDate: ["errors:invalidDate"], language: ["errors:invalidChoice"], email: ["errors:email"] },
    });
    const noContact = await confirmBookingAction(null, form({ locale: "de", code, givenName: "Ayşe", familyName: "Kaya", birthDate: "1990-01-01", email: "", phone: "", language: "tr" }));
    expect(noContact).toMatchObject({ ok: false, fieldErrors: { email: ["booking:error.contactRequired"], phone: ["booking:error.contactRequired"] } });
    expect((await bookingRow(code)).status).toBe("HELD");
    expect(await holdSlotAction(null, form({ locale: "de", serviceCode: svc.serviceCode, startsAt: "tomorrow" }))).toMatchObject({ ok: false, fieldErrors: { startsAt: expect.any(Array) } });
    expect(await bookingsOf(svc.serviceId)).toHaveLength(1);
  });

  it("an expired hold cannot be confirmed and shows as gone", async () => {
    freshIp();
    const svc = await makeService();
    const [t] = slots(1);
    const code = new URL(await redirectOf(holdSlotAction(null, form({ locale: "uk", serviceCode: svc.serviceCode, startsAt: t.toISOString() }))), "http://x").searchParams.get("hold")!;
    await admin().query(`UPDATE "Booking" SET "holdExpiresAt" = now() - interval '1 second' WHERE code = $1`, [code]);
    expect(await getHold(code)).toBeNull();
    const result = await confirmBookingAction(null, form({ locale: "uk", code, ...stringsOf(person()), challenge: await solvedChallenge() }));
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "booking:error.holdExpired" });
  });

  it("manage: look up by code + date of birth, move, cancel; a wrong date of birth or a forged link finds nothing", async () => {
    freshIp();
    const svc = await makeService();
    const [t, later] = slots(2);
    const someone = person({ birthDate: "1979-11-30" });
    const res = await postBooking({ serviceCode: svc.serviceCode, startsAt: t.toISOString(), ...someone, challenge: await solvedChallenge() });
    const { code } = await res.json();

    expect(await lookupBookingAction(null, form({ locale: "de", code, birthDate: "1979-11-29" }))).toMatchObject({ ok: false, code: "NOT_FOUND", messageKey: "booking:error.notFound" });
    const opened = new URL(await redirectOf(lookupBookingAction(null, form({ locale: "de", code: code.toLowerCase(), birthDate: "1979-11-30" }))), "http://x");
    expect(opened.pathname).toBe("/de/booking");
    const token = opened.searchParams.get("t")!;

    const forged = manageToken(code, "1979-11-29");
    expect(await cancelBookingAction(null, form({ locale: "de", t: forged }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await cancelBookingAction(null, form({ locale: "de", t: `${token.slice(0, -2)}AA` }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await bookingRow(code)).status).toBe("CONFIRMED");

    const moved = await redirectOf(rescheduleBookingAction(null, form({ locale: "de", t: token, startsAt: later.toISOString() })));
    expect(moved).toContain("done=rescheduled");
    expect((await bookingRow(code)).startsAt.toISOString()).toBe(later.toISOString());

    const cancelled = await redirectOf(cancelBookingAction(null, form({ locale: "de", t: token })));
    expect(cancelled).toContain("done=cancelled");
    expect((await bookingRow(code)).status).toBe("RELEASING");
  });
});

function stringsOf(p: ReturnType<typeof person>): Record<string, string> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== false).map(([k, v]) => [k, String(v)]));
}
