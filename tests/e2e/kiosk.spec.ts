/**
 * The kiosk (issue 4 item 1, tests from item 8): paired with the demo token, a newcomer checks
 * in for today's booking in Arabic (code + date of birth) and gets a ticket, a counter calls it
 * and the waiting-room display shows it within 2 s; a walk-in answers
 * the pictogram questions in Turkish and gets a ticket; every kiosk screen passes axe; without
 * a paired kiosk the pages do not exist.
 */
import type { Page } from "@playwright/test";
import { newBookingCode } from "@/lib/booking/booking-code";
import { personKeyOf } from "@/lib/booking/person-key";
import { adminDb, apiSession, expect, expectAccessible, randomLetters, test } from "./fixtures";

const DEMO_KIOSK_TOKEN = "demo-kiosk-token"; // prisma/seed-devices.ts
const DEMO_DISPLAY_TOKEN = "demo-display-token";
const BIRTH_DATE = "1988-03-09";

/**
 * A confirmed booking at the main location a few minutes from now, on a counter whose ABH
 * service (a lane the front desk may call) has a queue there; tries the next start time when
 * a counter is already booked then.
 */
async function arrangeBookingToday() {
  const db = adminDb();
  const { rows: counters } = await db.query(`SELECT cs."counterId", cs."serviceId" FROM "CounterService" cs
      JOIN "Counter" c ON c.id = cs."counterId" JOIN "Location" l ON l.id = c."locationId"
      JOIN "Queue" q ON q."serviceId" = cs."serviceId" AND q."locationId" = l.id AND q.active
      JOIN "Service" s ON s.id = cs."serviceId"
      WHERE l.code = 'hamm-buergeramt' AND c.active AND s.lane = 'ABH'`);
  const givenName = randomLetters(7);
  const familyName = randomLetters(8);
  for (const offset of [2, 7, 12, -3, 17, 22, 27, 32]) {
    for (const c of counters) {
      const code = newBookingCode();
      const startsAt = new Date(Date.now() + offset * 60_000);
      const endsAt = new Date(startsAt.getTime() + 5 * 60_000);
      try {
        await db.query(
          `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "personKey", "givenName", "familyName", "birthDate", language, "confirmedAt")
           VALUES ($1, $2, $3, $4, $5, $5, 'CONFIRMED', $6, $7, $8, $9, 'ar', now())`,
          [code, c.serviceId, c.counterId, startsAt, endsAt, personKeyOf(givenName, familyName, BIRTH_DATE), givenName, familyName, BIRTH_DATE],
        );
        return { code, counterId: c.counterId as string };
      } catch {
        // this counter is taken at this time: try the next one
      }
    }
  }
  throw new Error("no free counter time for a booking today");
}

async function pair(page: Page, locale: string) {
  await page.goto(`/${locale}/kiosk/pair?token=${DEMO_KIOSK_TOKEN}`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/kiosk$`));
}

test("check-in in Arabic with booking code and date of birth → a ticket number → called → on the display within 2 s", async ({ page, playwright, baseURL }) => {
  const { code, counterId } = await arrangeBookingToday();
  await pair(page, "de");
  await expectAccessible(page, "kiosk language picker");
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/kiosk\/start$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(page, "kiosk start (ar)");
  await page.getByRole("link", { name: /^لدي موعد/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "تسجيل الوصول لموعدك" })).toBeVisible();
  await expectAccessible(page, "kiosk check-in (ar)");

  await page.getByLabel("رمز الحجز").fill(code.toLowerCase());
  await page.getByLabel("تاريخ الميلاد").fill(BIRTH_DATE);
  await page.getByRole("button", { name: "تسجيل الوصول", exact: true }).click();
  const number = page.getByTestId("ticket-number");
  await expect(number).toHaveText(/^[A-Z]+-\d{3}$/);
  await expect(page.getByText("يرجى الانتظار حتى يظهر رقمك على الشاشة.")).toBeVisible();
  await expectAccessible(page, "kiosk ticket (ar)");

  const { rows } = await adminDb().query(
    `SELECT t."displayNumber", t.language FROM "Ticket" t JOIN "Booking" b ON b.id = t."bookingId" WHERE b.code = $1`, [code]);
  expect(rows).toEqual([{ displayNumber: await number.textContent(), language: "ar" }]);
  // no name of the person (nor of staff) is ever on the kiosk's screen
  const { rows: [b] } = await adminDb().query(`SELECT "givenName", "familyName" FROM "Booking" WHERE code = $1`, [code]);
  await expect(page.locator("body")).not.toContainText(b.givenName);

  // the front desk calls the next ticket to the booking's counter: the due appointment comes first
  const display = await page.context().newPage();
  await display.goto(`/de/display/pair?token=${DEMO_DISPLAY_TOKEN}`);
  await expect(display.getByText("Verbindung wird hergestellt")).toHaveCount(0);
  const desk = await apiSession(playwright.request, baseURL!, "frontDesk");
  const res = await desk.post("/api/v1/queues/next-ticket", { data: { counterId } });
  expect(res.status()).toBe(200);
  expect((await res.json()).ticket.displayNumber).toBe(rows[0].displayNumber);
  await expect(display.getByTestId("display-newest")).toContainText(rows[0].displayNumber, { timeout: 2_000 });
});

test("a wrong date of birth is refused like an unknown code", async ({ page }) => {
  const { code } = await arrangeBookingToday();
  await pair(page, "en");
  await page.goto("/en/kiosk/check-in");
  await page.getByLabel("Booking code").fill(code);
  await page.getByLabel("Date of birth").fill("1970-01-01");
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("We found no appointment today");
  await expect(page.getByTestId("ticket-number")).toHaveCount(0);
});

test("walk-in triage in Turkish → a ticket number", async ({ page }) => {
  await pair(page, "tr");
  await page.getByRole("link", { name: "Türkçe" }).click();
  await page.getByRole("link", { name: /^Randevum yok/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Randevusuz" })).toBeVisible();
  await expectAccessible(page, "kiosk walk-in need (tr)");
  await page.locator("fieldset button").first().click(); // the first need: "my permit expires"
  await expect(page.getByRole("heading", { level: 2, name: "Hizmetinizi seçin" })).toBeVisible();
  await expectAccessible(page, "kiosk walk-in services (tr)");
  await page.locator("main form button").first().click();
  const number = page.getByTestId("ticket-number");
  await expect(number).toHaveText(/^[A-Z]+-\d{3}$/);
  await expect(page.getByText("Lütfen numaranız ekranda görünene kadar bekleyin.")).toBeVisible();
  await expectAccessible(page, "kiosk walk-in ticket (tr)");
  const { rows } = await adminDb().query(`SELECT language, "bookingId" FROM "Ticket" WHERE "displayNumber" = $1 ORDER BY "issuedAt" DESC LIMIT 1`, [
    await number.textContent(),
  ]);
  expect(rows[0]).toEqual({ language: "tr", bookingId: null });
});

test("without a paired kiosk, the kiosk pages do not exist", async ({ page }) => {
  expect((await page.goto("/de/kiosk"))?.status()).toBe(404);
  expect((await page.goto("/de/kiosk/walk-in"))?.status()).toBe(404);
  expect((await page.goto("/de/kiosk/pair?token=demo-display-token"))?.status()).toBe(404);
});
