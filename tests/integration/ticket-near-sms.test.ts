import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { runKioskAction } from "@/lib/actions/kiosk-action";
import { issueDevice } from "@/lib/devices/issue-device";
import { jobsDatabaseUrl } from "@/lib/jobs/jobs-database";
import { kioskNearSms, kioskNearSmsSchema } from "@/lib/kiosk/kiosk-near-sms";
import { readDemoSms } from "@/lib/messages/demo-mailbox";
import { erasePastTicketPhones, sendNearTurnSms } from "@/lib/messages/send-near-turn-sms";
import { logSmsProvider } from "@/lib/messages/sms";
import { messageT } from "@/lib/messages/translator";
import { callNextTicket } from "@/lib/queue/call-next-ticket";
import { issueTicket } from "@/lib/queue/issue-ticket";
import type { KioskContext } from "@/lib/queue/kiosk-context";
import { setTicketPhone } from "@/lib/queue/set-ticket-phone";
import { makeActor } from "../factories/staff";
import { admin, asAppRole } from "../setup/admin-db";
import { makeOffice, ticketRow, type Office } from "./queue-arrange";

/**
 * "Send me an SMS when my turn is near" (issue 4 item 1): only the kiosk that issued a ticket
 * gives it a number; the worker's claim sends each near ticket exactly one SMS, in its
 * language, also when two workers claim at once; numbers are gone after their day.
 */
let adminActor: Actor;
let desk: Actor;
let jobsA: pg.Pool;
let jobsB: pg.Pool;
const sms = () => logSmsProvider();

beforeAll(async () => {
  process.env.EINEHAND_DATA_DIR = await mkdtemp(path.join(os.tmpdir(), "einehand-near-sms-"));
  delete process.env.QUEUE_SMS_AHEAD; // the default, 3
  adminActor = await makeActor("ADMIN");
  desk = await makeActor("FRONT_DESK");
  const url = await jobsDatabaseUrl(process.env.TEST_ADMIN_URL!);
  // two workers, each with its own connections
  jobsA = new pg.Pool({ connectionString: url, max: 2 });
  jobsB = new pg.Pool({ connectionString: url, max: 2 });
});

afterAll(async () => {
  await jobsA?.end();
  await jobsB?.end();
});

async function kioskOf(office: Office): Promise<KioskContext & { token: string }> {
  const d = await issueDevice(adminActor, { kind: "KIOSK", locationId: office.locationId, name: "Kiosk" });
  return { deviceId: d.id, locationId: office.locationId, token: d.token };
}
const walkIn = async (office: Office, kiosk: KioskContext, language: "de" | "en" | "ar" | "tr" | "uk" = "de") =>
  issueTicket({ locationId: office.locationId, serviceCode: office.abh.code, language }, { kiosk });
const uniquePhone = () => `+49 151 ${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
const smsTo = async (phone: string) => readDemoSms({ to: phone });
const nearJobs = async (queueId: string) =>
  (await admin().query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ticket-near-sms' AND singleton_key = $1 AND state = 'created'`, [queueId])).rows[0].n as number;
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("the near-turn SMS number", () => {
  it("is set only by the kiosk that issued the ticket: another kiosk, staff and a browser without a kiosk are refused", async () => {
    const office = await makeOffice();
    const elsewhere = await makeOffice();
    const kiosk = await kioskOf(office);
    const sameRoom = await kioskOf(office);
    const otherOffice = await kioskOf(elsewhere);
    const ticket = await walkIn(office, kiosk);
    const phone = uniquePhone();

    await expect(setTicketPhone(sameRoom, { ticketId: ticket.ticketId, phone })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setTicketPhone(otherOffice, { ticketId: ticket.ticketId, phone })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // the front desk, through the function and through its UPDATE right on tickets
    const viaFunction = await asAppRole({ role: "FRONT_DESK", userId: desk.userId }, `SELECT set_ticket_phone($1, $2) AS ok`, [ticket.ticketId, phone]);
    expect(viaFunction.rows[0].ok).toBe(false);
    await expect(asAppRole({ role: "FRONT_DESK", userId: desk.userId }, `UPDATE "Ticket" SET phone = $2 WHERE id = $1`, [ticket.ticketId, phone])).rejects.toMatchObject({
      code: "42501",
    });
    // no kiosk cookie at all: the kiosk action's one refusal
    expect(await runKioskAction(kioskNearSmsSchema, kioskNearSms, undefined, form({ ticketId: ticket.ticketId, phone }))).toEqual({
      ok: false, code: "NOT_FOUND", messageKey: "kiosk:error.notPaired",
    });
    expect((await ticketRow(ticket.ticketId)).phone).toBeNull();

    // the issuing kiosk, through its Server Action: validated like a booking's mobile number
    expect(await runKioskAction(kioskNearSmsSchema, kioskNearSms, kiosk.token, form({ ticketId: ticket.ticketId, phone: "call me" }))).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { phone: ["booking:error.phone"] },
    });
    expect(await runKioskAction(kioskNearSmsSchema, kioskNearSms, kiosk.token, form({ ticketId: ticket.ticketId, phone: ` ${phone} ` }))).toEqual({
      ok: true, data: { phoneEnding: phone.slice(-3) },
    });
    expect((await ticketRow(ticket.ticketId)).phone).toBe(phone);
  });

  it("cannot be given to a ticket that is no longer waiting", async () => {
    const office = await makeOffice({ abhCounters: 1 });
    const kiosk = await kioskOf(office);
    const ticket = await walkIn(office, kiosk);
    expect((await callNextTicket(desk, { counterId: office.abhCounters[0] }))?.id).toBe(ticket.ticketId);
    await expect(setTicketPhone(kiosk, { ticketId: ticket.ticketId, phone: uniquePhone() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ticketRow(ticket.ticketId)).phone).toBeNull();
  });
});

describe("the near-turn SMS", () => {
  it("goes exactly once to each ticket that comes within QUEUE_SMS_AHEAD, in its language, however many workers claim at once", async () => {
    const office = await makeOffice();
    const kiosk = await kioskOf(office);
    const languages = ["de", "ar", "de", "de", "de", "uk", "tr"] as const;
    const tickets = [];
    for (const language of languages) tickets.push(await walkIn(office, kiosk, language));
    const phones = { second: uniquePhone(), sixth: uniquePhone(), seventh: uniquePhone() };
    const queueId = (await ticketRow(tickets[0].ticketId)).queueId as string;

    // the second ticket is near already (1 ahead): giving the number puts a check on the queue
    await setTicketPhone(kiosk, { ticketId: tickets[1].ticketId, phone: phones.second });
    expect(await nearJobs(queueId)).toBe(1);
    await setTicketPhone(kiosk, { ticketId: tickets[5].ticketId, phone: phones.sixth });
    await setTicketPhone(kiosk, { ticketId: tickets[6].ticketId, phone: phones.seventh });
    // one waiting check per queue, however often the queue moves
    expect(await nearJobs(queueId)).toBe(1);

    const race = async () => (await Promise.all([jobsA, jobsB, jobsA, jobsB].map((pool) => sendNearTurnSms(pool, sms(), queueId)))).reduce((a, b) => a + b, 0);
    expect(await race()).toBe(1);
    const [toSecond] = await smsTo(phones.second);
    expect(toSecond.text).toBe(
      messageT("ar")("messages:nearTurn.sms", { number: tickets[1].displayNumber, service: "Aufenthalt", location: (await locationName(office)) }),
    );
    expect(await smsTo(phones.sixth)).toEqual([]);

    // two counters call the first two tickets: now three wait before the sixth (near), four before the seventh
    await callNextTicket(desk, { counterId: office.abhCounters[0] });
    await callNextTicket(desk, { counterId: office.abhCounters[1] });
    expect(await nearJobs(queueId)).toBeGreaterThanOrEqual(1);
    expect(await race()).toBe(1);
    expect(await race()).toBe(0);
    expect(await smsTo(phones.second)).toHaveLength(1);
    const toSixth = await smsTo(phones.sixth);
    expect(toSixth).toHaveLength(1);
    expect(toSixth[0].text).toContain(tickets[5].displayNumber);
    expect(toSixth[0].text).toMatch(/^EineHand: Ваш номер/);
    expect(await smsTo(phones.seventh)).toEqual([]);
  });

  it("hands its claim back when the SMS gateway fails, so the retry sends it", async () => {
    const office = await makeOffice();
    const kiosk = await kioskOf(office);
    const ticket = await walkIn(office, kiosk, "en");
    const phone = uniquePhone();
    await setTicketPhone(kiosk, { ticketId: ticket.ticketId, phone });
    const queueId = (await ticketRow(ticket.ticketId)).queueId as string;
    const down = { send: () => Promise.reject(new Error("gateway down")) };
    await expect(sendNearTurnSms(jobsA, down, queueId)).rejects.toThrow("gateway down");
    expect(await sendNearTurnSms(jobsB, sms(), queueId)).toBe(1);
    expect((await smsTo(phone))[0].text).toContain(`Your number ${ticket.displayNumber}`);
  });
});

describe("ticket phone numbers", () => {
  it("are erased after their day; today's stay until then, and an old ticket gets no SMS", async () => {
    const office = await makeOffice();
    const kiosk = await kioskOf(office);
    const today = await walkIn(office, kiosk);
    await setTicketPhone(kiosk, { ticketId: today.ticketId, phone: uniquePhone() });
    const old = uniquePhone();
    const { rows } = await admin().query(
      `INSERT INTO "Ticket" ("queueId", "locationId", lane, "visitId", number, "displayNumber", day, phone, "issuedAt")
       VALUES ($1, $2, 'ABH', gen_random_uuid(), 1, 'A-001', berlin_today() - 1, $3, now() - interval '1 day') RETURNING id`,
      [office.queues.A, office.locationId, old],
    );
    expect(await erasePastTicketPhones(jobsA)).toBeGreaterThanOrEqual(1);
    expect((await ticketRow(rows[0].id)).phone).toBeNull();
    expect((await ticketRow(today.ticketId)).phone).not.toBeNull();
    await sendNearTurnSms(jobsA, sms(), office.queues.A);
    expect(await smsTo(old)).toEqual([]);
  });
});

async function locationName(office: Office): Promise<string> {
  return (await admin().query(`SELECT name FROM "Location" WHERE id = $1`, [office.locationId])).rows[0].name;
}
