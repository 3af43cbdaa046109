/**
 * The kiosk's near-turn SMS and PDF ticket (issue 4 item 1): a walk-in gets a ticket behind
 * others, leaves a mobile number, the front desk calls the tickets ahead through the API, and
 * the SMS arrives in the demo mailbox once the ticket is QUEUE_SMS_AHEAD (3) from its turn. The
 * PDF ticket opens for this kiosk only.
 */
import type { Page } from "@playwright/test";
import { adminDb, apiSession, expect, expectAccessible, test } from "./fixtures";
import { arrangeKioskOffice, type KioskOffice } from "./kiosk-arrange";
import { waitForSms } from "./mailbox";

/** A walk-in ticket for the first need's first service; returns its number and id. */
async function walkInTicket(page: Page, office: KioskOffice): Promise<{ displayNumber: string; ticketId: string; queueId: string }> {
  await page.goto("/de/kiosk/walk-in");
  await page.locator("fieldset button").first().click();
  await page.locator("main form button").first().click();
  const displayNumber = (await page.getByTestId("ticket-number").textContent())!;
  expect(displayNumber).toMatch(/^[A-Z]+-\d{3}$/);
  const { rows } = await adminDb().query(`SELECT id, "queueId" FROM "Ticket" WHERE "displayNumber" = $1 AND "locationId" = $2 AND day = berlin_today()`,
    [displayNumber, office.locationId]);
  return { displayNumber, ticketId: rows[0].id, queueId: rows[0].queueId };
}

const ahead = async (ticketId: string) =>
  (
    await adminDb().query(
      `SELECT count(*)::int AS n FROM "Ticket" x JOIN "Ticket" y ON y."queueId" = x."queueId" AND y.status = 'WAITING' AND y.id <> x.id
        WHERE x.id = $1 AND ticket_rank(y) < ticket_rank(x)`,
      [ticketId],
    )
  ).rows[0].n as number;

test("walk-in ticket → mobile number → the desk calls the tickets ahead → the SMS arrives", async ({ page, playwright, baseURL, request }) => {
  // an office of its own: nobody else's tickets move this queue
  const office = await arrangeKioskOffice();
  await page.goto(`/de/kiosk/pair?token=${office.kioskToken}`);
  // a first ticket shows which queue the service uses; four more people wait there before ours
  const first = await walkInTicket(page, office);
  for (let i = 0; i < 4; i++) {
    await adminDb().query(`SELECT issue_ticket_internal($1, 'de', NULL, NULL, NULL, NULL, false, NULL)`, [first.queueId]);
  }
  const ours = await walkInTicket(page, office);
  expect(ours.queueId).toBe(first.queueId);
  expect(await ahead(ours.ticketId)).toBeGreaterThan(3);

  const phone = `+49 160 ${Date.now().toString().slice(-7)}`;
  await expect(page.getByRole("heading", { level: 2, name: "Möchten Sie eine SMS, wenn Sie bald dran sind?" })).toBeVisible();
  await expect(page.getByText("Wir nutzen die Nummer nur für diese eine SMS heute")).toBeVisible();
  await expectAccessible(page, "kiosk ticket with the SMS form");
  await page.getByLabel("Handynummer").fill("keine Nummer");
  await page.getByRole("button", { name: "SMS anfordern" }).click();
  await expect(page.locator("#phone-error")).toBeVisible();
  await page.getByLabel("Handynummer").fill(phone);
  await page.getByRole("button", { name: "SMS anfordern" }).click();
  await expect(page.getByRole("status")).toContainText(`Endung ${phone.slice(-3)}`);
  expect((await adminDb().query(`SELECT phone FROM "Ticket" WHERE id = $1`, [ours.ticketId])).rows[0].phone).toBe(phone);

  // the front desk calls (and finishes) tickets at a counter of the queue's service until ours is near
  const { rows: counters } = await adminDb().query(
    `SELECT cs."counterId" FROM "CounterService" cs JOIN "Counter" c ON c.id = cs."counterId" JOIN "Queue" q ON q."serviceId" = cs."serviceId"
      WHERE q.id = $1 AND c.active AND c."locationId" = q."locationId" ORDER BY c.name LIMIT 1`,
    [ours.queueId],
  );
  const desk = await apiSession(playwright.request, baseURL!, "frontDesk");
  for (let i = 0; i < 30 && (await ahead(ours.ticketId)) > 3; i++) {
    const res = await desk.post("/api/v1/queues/next-ticket", { data: { counterId: counters[0].counterId } });
    expect(res.status()).toBe(200);
    const { ticket } = await res.json();
    expect(ticket?.id).not.toBe(ours.ticketId);
    expect((await desk.post(`/api/v1/tickets/${ticket.id}/complete`)).status()).toBe(200);
  }
  expect(await ahead(ours.ticketId)).toBe(3);
  const sms = await waitForSms(request, phone, ours.displayNumber);
  expect(sms.text).toContain(`Ihre Nummer ${ours.displayNumber} ist bald dran`);
});

test("the PDF ticket opens for the kiosk that issued it, and for nobody else", async ({ page, playwright, baseURL }) => {
  const office = await arrangeKioskOffice();
  await page.goto(`/de/kiosk/pair?token=${office.kioskToken}`);
  const ours = await walkInTicket(page, office);
  const href = await page.getByRole("link", { name: "Als PDF speichern" }).getAttribute("href");
  expect(href).toBe(`/de/kiosk/tickets/${ours.ticketId}/ticket.pdf`);
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // a browser without the kiosk's cookie, and a staff session, get the plain 404
  const anonymous = await apiSession(playwright.request, baseURL!, null);
  expect((await anonymous.get(href!)).status()).toBe(404);
  const desk = await apiSession(playwright.request, baseURL!, "frontDesk");
  expect((await desk.get(href!)).status()).toBe(404);
});
