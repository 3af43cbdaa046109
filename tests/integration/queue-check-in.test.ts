import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { admin } from "../setup/admin-db";
import { makeActor } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import { checkInBooking } from "@/lib/queue/check-in-booking";
import { callNextTicket } from "@/lib/queue/call-next-ticket";
import { completeTicket } from "@/lib/queue/complete-ticket";
import { recallTicket } from "@/lib/queue/recall-ticket";
import { confirmedBooking, eventsOf, kioskAt, makeOffice, ticketRow } from "./queue-arrange";

let desk: Actor, abh: Actor;
beforeAll(async () => {
  desk = await makeActor("FRONT_DESK");
  abh = await makeActor("CASEWORKER", "ABH");
});
afterEach(() => {
  delete process.env.CHECKIN_EARLY_MINUTES;
  delete process.env.CHECKIN_LATE_MINUTES;
});

// offsets of a few minutes only, so "today in Berlin" holds for every booking in a test (except
// in the few minutes around midnight in Berlin, when a check-in rightly finds no booking today)
const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const bookingStatus = async (id: string) => (await admin().query(`SELECT status FROM "Booking" WHERE id = $1`, [id])).rows[0].status;

describe("check-in at the kiosk", () => {
  it("checks in by code and date of birth: a ticket carrying the appointment, the booking CHECKED_IN, audited", async () => {
    const office = await makeOffice();
    const b = await confirmedBooking(office, office.abhCounters[0], minutes(3));
    const kiosk = kioskAt(office);
    // the slip names the queue in the kiosk language (the service's catalogue text)
    await admin().query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'ar', 'الإقامة', '')`, [office.abh.id]);
    const result = await checkInBooking({ locationId: office.locationId, code: b.code.toLowerCase().replace("-", " "), birthDate: b.birthDate, language: "ar" }, { kiosk });
    expect(result).toMatchObject({ displayNumber: "A-001", queueName: "الإقامة", late: false, alreadyCheckedIn: false, language: "ar", waitingAhead: 0 });
    const { startsAt } = (await admin().query(`SELECT "startsAt" FROM "Booking" WHERE id = $1`, [b.id])).rows[0];
    expect(result.appointmentAt).toBe(startsAt.toISOString());
    expect(await bookingStatus(b.id)).toBe("CHECKED_IN");
    const ticket = await ticketRow(result.ticketId);
    expect(ticket).toMatchObject({ bookingId: b.id, status: "WAITING", late: false });
    const ev = (await admin().query(`SELECT "deviceId", event FROM "TicketEvent" WHERE "ticketId" = $1`, [result.ticketId])).rows;
    expect(ev).toEqual([{ deviceId: kiosk.deviceId, event: "ISSUED" }]);
    const audit = (await admin().query(`SELECT action, detail FROM "AuditEvent" WHERE "targetId" = $1`, [result.ticketId])).rows;
    expect(audit).toEqual([{ action: "queue.checkIn", detail: { outcome: "ON_TIME", by: `kiosk:${kiosk.deviceId}`, method: "code" } }]);

    // twice: the same ticket, nothing new
    const again = await checkInBooking({ locationId: office.locationId, code: b.code, birthDate: b.birthDate }, { kiosk });
    expect(again).toMatchObject({ ticketId: result.ticketId, alreadyCheckedIn: true });
    expect((await admin().query(`SELECT count(*)::int AS n FROM "Ticket" WHERE "bookingId" = $1`, [b.id])).rows[0].n).toBe(1);
  });

  it("checks in by name (any spelling the person key accepts) and date of birth", async () => {
    const office = await makeOffice();
    const b = await confirmedBooking(office, office.abhCounters[0], minutes(2));
    const result = await checkInBooking(
      { locationId: office.locationId, givenName: b.familyName.toUpperCase(), familyName: b.givenName, birthDate: b.birthDate }, { kiosk: kioskAt(office) });
    expect((await ticketRow(result.ticketId)).bookingId).toBe(b.id);
  });

  it("lets a person check in early within CHECKIN_EARLY_MINUTES, refuses earlier and changes nothing", async () => {
    process.env.CHECKIN_EARLY_MINUTES = "1";
    const office = await makeOffice();
    const b = await confirmedBooking(office, office.abhCounters[0], minutes(4));
    const kiosk = kioskAt(office);
    await expect(checkInBooking({ locationId: office.locationId, code: b.code, birthDate: b.birthDate }, { kiosk })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "queue:error.tooEarly" });
    expect(await bookingStatus(b.id)).toBe("CONFIRMED");
    process.env.CHECKIN_EARLY_MINUTES = "10";
    const ok = await checkInBooking({ locationId: office.locationId, code: b.code, birthDate: b.birthDate }, { kiosk });
    expect(ok.late).toBe(false);
    expect(await bookingStatus(b.id)).toBe("CHECKED_IN");
  });

  it("turns a late arrival into a walk-in ticket of the same queue, flagged late, without the appointment time", async () => {
    process.env.CHECKIN_LATE_MINUTES = "1";
    const office = await makeOffice();
    const b = await confirmedBooking(office, office.abhCounters[0], minutes(-3));
    const result = await checkInBooking({ locationId: office.locationId, code: b.code, birthDate: b.birthDate }, { kiosk: kioskAt(office) });
    expect(result).toMatchObject({ late: true, appointmentAt: null, displayNumber: "A-001" });
    expect(await ticketRow(result.ticketId)).toMatchObject({ late: true, appointmentAt: null, bookingId: b.id });
    expect(await bookingStatus(b.id)).toBe("CHECKED_IN");
  });

  it("answers the same 404 for a wrong date of birth, another day, another location, a code without date of birth", async () => {
    const office = await makeOffice({ abhCounters: 2 });
    const elsewhere = await makeOffice();
    const today = await confirmedBooking(office, office.abhCounters[0], minutes(2));
    const tomorrow = await confirmedBooking(office, office.abhCounters[1], new Date(Date.now() + 86_400_000));
    const kiosk = kioskAt(office);
    const attempts = [
      [{ locationId: office.locationId, code: today.code, birthDate: "1990-05-18" }, kiosk],
      [{ locationId: office.locationId, code: tomorrow.code, birthDate: tomorrow.birthDate }, kiosk],
      [{ locationId: office.locationId, code: today.code, birthDate: today.birthDate }, kioskAt(elsewhere)],
      [{ locationId: office.locationId, code: today.code }, kiosk],
      [{ locationId: office.locationId, code: "not a code", birthDate: today.birthDate }, kiosk],
      [{ locationId: office.locationId, givenName: "Somebody", familyName: "Else", birthDate: today.birthDate }, kiosk],
    ] as const;
    for (const [input, k] of attempts) {
      await expect(checkInBooking(input, { kiosk: k }), JSON.stringify(input)).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "queue:error.bookingNotFound" });
    }
    expect(await bookingStatus(today.id)).toBe("CONFIRMED");
    expect((await admin().query(`SELECT count(*)::int AS n FROM "Ticket" WHERE "locationId" = ANY($1)`, [[office.locationId, elsewhere.locationId]])).rows[0].n).toBe(0);
  });

  it("lets the front desk check in by code alone (it sees an ID document); caseworkers cannot check in", async () => {
    const office = await makeOffice();
    const b = await confirmedBooking(office, office.abhCounters[0], minutes(1));
    await expect(checkInBooking({ locationId: office.locationId, code: b.code }, { actor: abh })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const result = await checkInBooking({ locationId: office.locationId, code: b.code }, { actor: desk });
    expect(result.displayNumber).toBe("A-001");
  });

  it("completes the booking with its ticket, or marks it NO_SHOW after the recalls", async () => {
    const office = await makeOffice({ abhCounters: 2 });
    const first = await confirmedBooking(office, office.abhCounters[0], minutes(-1));
    const second = await confirmedBooking(office, office.abhCounters[1], minutes(2));
    const kiosk = kioskAt(office);
    const t1 = await checkInBooking({ locationId: office.locationId, code: first.code, birthDate: first.birthDate }, { kiosk });
    const t2 = await checkInBooking({ locationId: office.locationId, code: second.code, birthDate: second.birthDate }, { kiosk });
    expect(t2.waitingAhead).toBe(1);
    expect((await callNextTicket(abh, { counterId: office.abhCounters[0] }))?.id).toBe(t1.ticketId);
    await completeTicket(abh, { ticketId: t1.ticketId });
    expect(await bookingStatus(first.id)).toBe("COMPLETED");
    expect((await callNextTicket(abh, { counterId: office.abhCounters[0] }))?.id).toBe(t2.ticketId);
    for (let i = 0; i < 3; i++) await recallTicket(abh, { ticketId: t2.ticketId });
    expect(await bookingStatus(second.id)).toBe("NO_SHOW");
    expect(await eventsOf(t2.ticketId)).toEqual(["ISSUED", "CALLED", "RECALLED", "RECALLED", "NO_SHOW"]);
  });
});
