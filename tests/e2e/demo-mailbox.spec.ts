import PgBoss from "pg-boss";
import { adminDb, expect, expectAccessible, randomLetters, test } from "./fixtures";
import { calendarOf, waitForMail, waitForSms } from "./mailbox";

/**
 * Issue 3 item 4 through the running portal (scripts/serve.ts): a message queued in a booking's
 * transaction is sent by the worker process to the demo SMTP sink / SMS log, and shows up in the
 * demo mailbox page and its JSON. The booking is arranged in the database (the booking journeys
 * in booking-flow.spec.ts go through the browser) and queued the way the use cases do:
 * queue_booking_messages() in the public booking context, then the jobs with pg-boss's send.
 */
async function arrangeBookingWithMessages(contact: { email?: string; phone?: string }, language: string) {
  const client = await adminDb().connect();
  try {
    const { rows: [slot] } = await client.query<{ serviceId: string; counterId: string }>(
      `SELECT cs."serviceId", cs."counterId" FROM "CounterService" cs JOIN "Service" s ON s.id = cs."serviceId" WHERE s.active LIMIT 1`,
    );
    const code = `${randomLetters(4)}-${randomLetters(4)}`.toUpperCase();
    // far ahead and at a random minute: no collision with the booking journeys' slots
    const startsAt = new Date(Date.now() + (200 + Math.floor(Math.random() * 100)) * 86_400_000 + Math.floor(Math.random() * 1000) * 60_000);
    startsAt.setUTCSeconds(0, 0);
    await client.query("BEGIN");
    const { rows: [booking] } = await client.query<{ id: string }>(
      `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "personKey", "givenName", "familyName",
         "birthDate", email, phone, language, "confirmedAt")
       VALUES ($1, $2, $3, $4, $4::timestamptz + interval '20 minutes', $4::timestamptz + interval '20 minutes', 'CONFIRMED', $5, 'Mailbox', $6, '1991-02-03', $7, $8, $9, now())
       RETURNING id`,
      [code, slot.serviceId, slot.counterId, startsAt, `mailbox ${code}`, `Test ${code}`, contact.email ?? null, contact.phone ?? null, language],
    );
    await client.query(`SELECT set_config('app.role', 'BOOKING', true), set_config('app.booking_code', $1, true), set_config('app.booking_birth_date', '1991-02-03', true)`, [code]);
    const { rows } = await client.query<{ message_id: string; send_after: Date }>(`SELECT message_id, send_after FROM queue_booking_messages($1, 'confirmed')`, [booking.id]);
    const boss = new PgBoss({ schema: "pgboss", db: { executeSql: (text, values) => client.query(text, values) } });
    for (const r of rows) await boss.send("booking-message", { messageId: r.message_id }, { id: r.message_id, startAfter: r.send_after, db: { executeSql: (text, values) => client.query(text, values) } });
    await client.query("COMMIT");
    return code;
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

test("the worker sends a queued confirmation to the demo SMTP sink; the mailbox shows it", async ({ page, request }) => {
  const email = `mailbox-${randomLetters(8).toLowerCase()}@example.org`;
  const code = await arrangeBookingWithMessages({ email }, "uk");
  const mail = await waitForMail(request, email, code);
  expect(mail.subject).toContain("Підтвердження запису");
  expect(mail.text).toMatch(new RegExp(`/uk/booking\\?code=${code}&t=`));
  expect(calendarOf(mail)).toContain(`UID:${code}@einehand`);

  // the demo links its mailbox from every public page
  await page.goto("/uk/services");
  await page.getByRole("link", { name: "Демо-поштова скринька" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Демо-поштова скринька");
  await page.getByText(mail.subject).first().click();
  await expect(page.getByText(code).first()).toBeVisible();
  await expectAccessible(page, "demo mailbox (uk)");
});

test("without an e-mail address the confirmation is an SMS in the log; the Arabic mailbox lists it", async ({ page, request }) => {
  const phone = `+49 151 ${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
  const code = await arrangeBookingWithMessages({ phone }, "ar");
  const sms = await waitForSms(request, phone, code);
  expect(sms.text).toMatch(new RegExp(`/ar/booking\\?code=${code}&t=`));

  await page.goto("/ar/demo/mailbox");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText(sms.text)).toBeVisible();
  await expectAccessible(page, "demo mailbox (ar)");
});
