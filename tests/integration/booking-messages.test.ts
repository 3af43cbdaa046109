import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { bookOnBehalf } from "@/lib/booking/book-on-behalf";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { withBookingContext } from "@/lib/booking/booking-context";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";
import { queueBookingMessages } from "@/lib/messages/queue-booking-messages";
import { jobsDatabaseUrl } from "@/lib/jobs/jobs-database";
import { startJobWorker } from "@/lib/jobs/worker";
import { readDemoMails, readDemoSms } from "@/lib/messages/demo-mailbox";
import { startMailSink, type MailSink } from "@/lib/messages/mail-sink";
import { createMailer, type Mailer } from "@/lib/messages/mailer";
import { messageStoreDir } from "@/lib/messages/message-store";
import { sendBookingMessage, type MessageChannels } from "@/lib/messages/send-booking-message";
import { logSmsProvider } from "@/lib/messages/sms";
import { makeAllActors } from "../factories/staff";
import { admin, asAppRole } from "../setup/admin-db";
import { bookingRow, client, makeService, person, slots } from "./booking-arrange";

const BASE = "https://termine.example.test";
let jobsPool: pg.Pool;
let jobsUrl: string;
let sink: MailSink;
let mailer: Mailer;
let channels: MessageChannels;

beforeAll(async () => {
  process.env.EINEHAND_DATA_DIR = await mkdtemp(path.join(os.tmpdir(), "einehand-messages-"));
  process.env.PUBLIC_BASE_URL = BASE;
  jobsUrl = await jobsDatabaseUrl(process.env.TEST_ADMIN_URL!);
  jobsPool = new pg.Pool({ connectionString: jobsUrl, max: 2 });
  sink = await startMailSink({ dir: messageStoreDir("mail"), port: 0 });
  mailer = createMailer(sink.url);
  channels = { mailer, sms: logSmsProvider() };
});

afterAll(async () => {
  mailer?.close();
  await sink?.stop();
  await jobsPool?.end();
});

const unique = () => Math.random().toString(36).slice(2, 10);
const messagesOf = async (bookingCode: string) =>
  (
    await admin().query(
      `SELECT m.id, m.kind::text, m.channel::text, m.status::text, m.recipient, m.attempts, m."startsAt", m."sendAfter",
              to_char(m."sendAfter" AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD HH24:MI') AS "sendAfterBerlin",
              to_char((b."startsAt" AT TIME ZONE 'Europe/Berlin')::date - 1, 'YYYY-MM-DD') || ' 09:00' AS "dayBefore9"
         FROM "BookingMessage" m JOIN "Booking" b ON b.id = m."bookingId" WHERE b.code = $1 ORDER BY m."createdAt", m.kind`,
      [bookingCode],
    )
  ).rows;
const one = <T extends { kind: string; channel: string }>(rows: T[], kind: string, channel = "EMAIL") => {
  const found = rows.filter((r) => r.kind === kind && r.channel === channel);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("booking messages", () => {
  it("a confirmed booking queues its confirmation and the reminder in the same transaction; the e-mail arrives in the person's language", async () => {
    const svc = await makeService();
    await admin().query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'ar', 'تمديد الإقامة', 'اختبار')`, [svc.serviceId]);
    const email = `ar-${unique()}@example.org`;
    const [t] = slots(1);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...person({ language: "ar", email }) }, client());

    const rows = await messagesOf(view.code);
    expect(rows.map((r) => `${r.kind} ${r.channel} ${r.status}`).sort()).toEqual(["CONFIRMATION EMAIL QUEUED", "REMINDER EMAIL QUEUED"]);
    const reminder = one(rows, "REMINDER");
    expect(reminder.sendAfterBerlin).toBe(reminder.dayBefore9);
    // the queue holds one job per message, under the message's id, due when the message is
    const jobs = (await admin().query(`SELECT id, start_after, state, retry_limit, retry_backoff FROM pgboss.job WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)])).rows;
    expect(jobs).toHaveLength(2);
    // the queue's retry policy (5 tries, backoff) applies to every job
    expect(jobs.map((j) => [j.state, j.retry_limit, j.retry_backoff])).toEqual([["created", 5, true], ["created", 5, true]]);
    expect(jobs.find((j) => j.id === reminder.id)!.start_after.getTime()).toBe(reminder.sendAfter.getTime());

    const confirmation = one(rows, "CONFIRMATION");
    expect(await sendBookingMessage(jobsPool, channels, confirmation.id)).toBe("SENT");
    const [mail] = await readDemoMails({ to: email });
    expect(mail.subject).toContain("تأكيد الموعد");
    expect(mail.subject).toContain(view.code);
    expect(mail.subject).toContain("تمديد الإقامة");
    expect(mail.text).toContain(view.code);
    expect(mail.text).toMatch(new RegExp(`${BASE}/ar/booking\\?code=${view.code}&t=[A-Za-z0-9_-]+`));
    expect(mail.text).toContain("Markt 1, 59065 Hamm");
    expect(mail.html).toContain('dir="rtl"');
    const ics = mail.attachments.find((a) => a.filename === `${view.code}.ics`)!;
    const event = ICAL.parse(Buffer.from(ics.content, "base64").toString("utf8"));
    expect(JSON.stringify(event)).toContain(`${view.code}@einehand`);
    expect((await messagesOf(view.code)).find((r) => r.id === confirmation.id)).toMatchObject({ status: "SENT", attempts: 1 });

    // a retried job does not send again what was sent
    expect(await sendBookingMessage(jobsPool, channels, confirmation.id)).toBe("ALREADY_DONE");
    expect(await readDemoMails({ to: email })).toHaveLength(1);
  });

  it("outbox rows and jobs roll back with the transaction that queued them", async () => {
    const svc = await makeService();
    const p = person({ email: `rollback-${unique()}@example.org`, phone: "+49 170 5550000" });
    const [t] = slots(1);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...p }, client());
    const id = (await bookingRow(view.code)).id;
    const jobCount = async () => (await admin().query(`SELECT count(*)::int AS n FROM pgboss.job WHERE singleton_key LIKE $1`, [`${id}:%`])).rows[0].n;
    expect(await jobCount()).toBe(4);
    const failed = withBookingContext({ code: view.code, birthDate: p.birthDate }, async (tx) => {
      expect(await queueBookingMessages(tx, id, "rescheduled")).toBe(4);
      throw new Error("the booking change failed after queuing");
    });
    await expect(failed).rejects.toThrow(/after queuing/);
    expect(await messagesOf(view.code)).toHaveLength(4);
    expect((await messagesOf(view.code)).every((r) => r.status === "QUEUED")).toBe(true);
    expect(await jobCount()).toBe(4);
  });

  it("without an e-mail address the confirmation goes by SMS (log provider) with the code, the time and the link", async () => {
    const svc = await makeService();
    const phone = `+49 170 ${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
    const [t] = slots(1);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...person({ language: "uk", email: undefined, phone }) }, client());

    const rows = await messagesOf(view.code);
    expect(rows.every((r) => r.channel === "SMS" && r.recipient === phone)).toBe(true);
    expect(await sendBookingMessage(jobsPool, channels, one(rows, "CONFIRMATION", "SMS").id)).toBe("SENT");
    const [sms] = await readDemoSms({ to: phone });
    expect(sms.text).toContain("ваш запис");
    expect(sms.text).toContain(view.code);
    expect(sms.text).toContain(`${BASE}/uk/booking?code=${view.code}`);
    expect(await readDemoMails({ to: phone })).toEqual([]);
  });

  it("a language the portal does not speak gets German and English", async () => {
    const svc = await makeService();
    const email = `fa-${unique()}@example.org`;
    const [t] = slots(1);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...person({ language: "fa", email }) }, client());
    await sendBookingMessage(jobsPool, channels, one(await messagesOf(view.code), "CONFIRMATION").id);
    const [mail] = await readDemoMails({ to: email });
    expect(mail.subject).toContain("Terminbestätigung");
    expect(mail.subject).toContain("Appointment confirmed");
    expect(mail.text).toContain(`${BASE}/de/booking?code=${view.code}`);
    expect(mail.text).toContain(`${BASE}/en/booking?code=${view.code}`);
  });

  it("a cancelled booking gets its cancellation and no reminder", async () => {
    const svc = await makeService();
    const p = person({ language: "de", email: `cancel-${unique()}@example.org` });
    const [t] = slots(1);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...p }, client());
    await cancelBooking({ code: view.code, birthDate: p.birthDate }, client());

    const rows = await messagesOf(view.code);
    const reminder = one(rows, "REMINDER");
    expect(reminder.status).toBe("SKIPPED");
    expect(one(rows, "CANCELLATION").status).toBe("QUEUED");
    expect(await sendBookingMessage(jobsPool, channels, reminder.id)).toBe("ALREADY_DONE");
    // even a reminder still queued (a race with the cancellation) re-checks the booking first
    await admin().query(`UPDATE "BookingMessage" SET status = 'QUEUED' WHERE id = $1`, [reminder.id]);
    expect(await sendBookingMessage(jobsPool, channels, reminder.id)).toBe("SKIPPED");
    expect(await sendBookingMessage(jobsPool, channels, one(rows, "CANCELLATION").id)).toBe("SENT");
    const mails = await readDemoMails({ to: p.email });
    expect(mails.map((m) => m.subject)).toEqual([`Ihr Termin ${view.code} ist abgesagt`]);
    expect(mails[0].text).toContain(`${BASE}/de/services`);
  });

  it("a new time replaces the reminder: the old one is obsolete, the new one is due the day before the new time", async () => {
    const svc = await makeService();
    const p = person({ language: "tr", email: `move-${unique()}@example.org` });
    const [first] = slots(1, 3);
    const [later] = slots(1, 6);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: first, ...p }, client());
    await rescheduleBooking({ code: view.code, birthDate: p.birthDate, startsAt: later }, client());

    const rows = await messagesOf(view.code);
    const reminders = rows.filter((r) => r.kind === "REMINDER");
    expect(reminders.map((r) => r.status).sort()).toEqual(["QUEUED", "SKIPPED"]);
    const current = reminders.find((r) => r.status === "QUEUED")!;
    expect(current.startsAt.getTime()).toBe(later.getTime());
    expect(current.sendAfterBerlin).toBe(current.dayBefore9);
    expect(await sendBookingMessage(jobsPool, channels, one(rows, "RESCHEDULED").id)).toBe("SENT");
    expect(await sendBookingMessage(jobsPool, channels, current.id)).toBe("SENT");
    const subjects = (await readDemoMails({ to: p.email })).map((m) => m.subject);
    expect(subjects.some((s) => s.includes("yeni zaman"))).toBe(true);
    expect(subjects.some((s) => s.includes("hatırlatırız"))).toBe(true);
  });

  it("a job queued while no worker runs is sent by the next worker (jobs are rows in Postgres)", async () => {
    const first = await startJobWorker({ connectionString: jobsUrl, channels, pollingIntervalSeconds: 0.5, log: () => {} });
    await first.stop();

    const svc = await makeService();
    const email = `restart-${unique()}@example.org`;
    const [t] = slots(1);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...person({ language: "en", email }) }, client());
    const confirmation = one(await messagesOf(view.code), "CONFIRMATION");
    expect((await admin().query(`SELECT state FROM pgboss.job WHERE id = $1`, [confirmation.id])).rows[0].state).toBe("created");

    const second = await startJobWorker({ connectionString: jobsUrl, channels, pollingIntervalSeconds: 0.5, log: () => {} });
    try {
      let status = "QUEUED";
      for (let i = 0; i < 100 && status === "QUEUED"; i++) {
        await new Promise((r) => setTimeout(r, 200));
        status = (await messagesOf(view.code)).find((r) => r.id === confirmation.id)!.status;
      }
      expect(status).toBe("SENT");
      expect((await readDemoMails({ to: email })).map((m) => m.subject)).toEqual([expect.stringContaining("Appointment confirmed")]);
    } finally {
      await second.stop();
    }
  });

  it("a failed send is recorded and retried; after the last attempt the message is FAILED", async () => {
    const svc = await makeService();
    const email = `fail-${unique()}@example.org`;
    const [t] = slots(1);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...person({ email }) }, client());
    const id = one(await messagesOf(view.code), "CONFIRMATION").id;
    const refused = createMailer("smtp://127.0.0.1:1");
    await expect(sendBookingMessage(jobsPool, { ...channels, mailer: refused }, id)).rejects.toThrow();
    let row = (await messagesOf(view.code)).find((r) => r.id === id)!;
    expect(row).toMatchObject({ status: "QUEUED", attempts: 1 });
    await expect(sendBookingMessage(jobsPool, { ...channels, mailer: refused }, id, { finalAttempt: true })).rejects.toThrow();
    row = (await messagesOf(view.code)).find((r) => r.id === id)!;
    expect(row).toMatchObject({ status: "FAILED", attempts: 2 });
    refused.close();
  });

  it("a booking the front desk makes on someone's behalf — even one it cannot read back (MBE) — gets its messages", async () => {
    const { frontDesk } = await makeAllActors();
    const svc = await makeService({ lane: "MBE" });
    const email = `desk-${unique()}@example.org`;
    const [t] = slots(1);
    const { booking } = await bookOnBehalf(frontDesk, { serviceCode: svc.serviceCode, startsAt: t, ...person({ language: "de", email }) });
    const rows = await messagesOf(booking.code);
    expect(rows.map((r) => `${r.kind} ${r.channel}`).sort()).toEqual(["CONFIRMATION EMAIL", "REMINDER EMAIL"]);
    expect(await sendBookingMessage(jobsPool, channels, one(rows, "CONFIRMATION").id)).toBe("SENT");
    expect((await readDemoMails({ to: email }))[0].subject).toContain(booking.code);
  });

  it("row-level security: messages are the business of the booking's own context, its lane's staff and the worker", async () => {
    const svc = await makeService({ lane: "MBE" });
    const [t] = slots(1);
    const view = await createBooking({ serviceCode: svc.serviceCode, startsAt: t, ...person({ email: `rls-${unique()}@example.org` }) }, client());
    const id = (await bookingRow(view.code)).id;
    // the front desk does not see counselling (MBE) bookings, nor their messages
    expect((await asAppRole({ role: "FRONT_DESK" }, `SELECT id FROM "BookingMessage" WHERE "bookingId" = $1`, [id])).rows).toEqual([]);
    expect((await asAppRole({ role: "CASEWORKER", lane: "MBE" }, `SELECT id FROM "BookingMessage" WHERE "bookingId" = $1`, [id])).rows).toHaveLength(2);
    // another booking's context cannot queue messages for it, nor write rows directly
    await expect(asAppRole({ role: "BOOKING" }, `SELECT * FROM queue_booking_messages($1, 'confirmed')`, [id])).rejects.toThrow(/no such booking/);
    await expect(
      asAppRole({ role: "CASEWORKER", lane: "MBE" }, `INSERT INTO "BookingMessage" ("bookingId", kind, channel, recipient, language, "startsAt") VALUES ($1, 'REMINDER', 'EMAIL', 'x@example.org', 'de', now())`, [id]),
    ).rejects.toThrow(/permission denied/);
    // the app role puts jobs on the queue but cannot read them
    await expect(asAppRole({ role: "CASEWORKER", lane: "MBE" }, `SELECT data FROM pgboss.job`)).rejects.toThrow(/permission denied/);
  });
});
