import type { Page } from "@playwright/test";
import { adminDb, expect, expectAccessible, loginAs, randomLetters, test } from "./fixtures";
import { addDays, berlinToday } from "../../lib/availability/berlin-time";

// each journey books and loads several server-rendered pages on a shared, busy machine
test.describe.configure({ timeout: 240_000 });

/**
 * Issue 3 item 7 in the browser: the front desk and a caseworker book for someone (no
 * challenge), find the booking in the day view — and only their lanes' bookings there — and an
 * admin manages the catalogue. German, Arabic (right to left) and Ukrainian; axe on every page.
 */

/** The first day from tomorrow on whose staff booking page `service` offers a time. */
async function openDayWithTimes(page: Page, locale: string, service: string) {
  for (let i = 1; i <= 21; i++) {
    const date = addDays(berlinToday(), i);
    await page.goto(`/${locale}/desk/book?service=${service}&date=${date}`);
    if ((await page.getByRole("radio").count()) > 0) return date;
  }
  throw new Error(`no free time for ${service} in three weeks`);
}

async function bookFirstFreeTime(page: Page, person: { given: string; family: string }) {
  await page.getByRole("radio").first().check();
  await page.locator('input[name="givenName"]').fill(person.given);
  await page.locator('input[name="familyName"]').fill(person.family);
  await page.locator('input[name="birthDate"]').fill("1988-04-12");
  await page.locator('input[name="phone"]').fill("+49 151 2345678");
  await page.locator('form:has(input[name="serviceCode"]) button[type="submit"]').click();
  const result = page.getByTestId("staff-booking-result");
  await expect(result).toBeVisible();
  return (await result.locator("dd").first().textContent())!.trim();
}

const locationOf = async (code: string) =>
  (await adminDb().query(`SELECT c."locationId" AS id FROM "Booking" b JOIN "Counter" c ON c.id = b."counterId" WHERE b.code = $1`, [code])).rows[0].id as string;

test("the front desk books a desk-only ABH service and finds it in the day view (de)", async ({ page }) => {
  await loginAs(page, "frontDesk", "de");
  await expect(page.getByRole("link", { name: "Termin buchen" })).toBeVisible();
  const date = await openDayWithTimes(page, "de", "abh-family-pre-approval");
  await expectAccessible(page, "staff booking form (de)");
  const family = `Test${randomLetters()}`;
  const code = await bookFirstFreeTime(page, { given: "Lina", family });
  await expect(page.getByTestId("staff-booking-result")).toContainText(/EH-\d{4}-\d{6}/);
  await expectAccessible(page, "staff booking result (de)");

  const row = (await adminDb().query(`SELECT "onBehalf", status FROM "Booking" WHERE code = $1`, [code])).rows[0];
  expect(row).toEqual({ onBehalf: true, status: "CONFIRMED" });
  await page.goto(`/de/schedule?location=${await locationOf(code)}&date=${date}`);
  await expect(page.getByRole("row", { name: new RegExp(code) })).toContainText(family);
  await expectAccessible(page, "day view (de)");
});

test("a KIM caseworker books only KIM services; the MBE caseworker's day view does not show it (ar)", async ({ page, browser }) => {
  await loginAs(page, "kim", "ar");
  await page.goto("/ar/desk/book");
  const offered = await page.locator('select[name="service"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(offered.length).toBeGreaterThan(0);
  expect(offered.every((v) => v.startsWith("kim-"))).toBe(true);
  const date = await openDayWithTimes(page, "ar", "kim-case-management-intake");
  await expectAccessible(page, "staff booking form (ar)");
  const code = await bookFirstFreeTime(page, { given: "سارة", family: `Test${randomLetters()}` });
  const location = await locationOf(code);
  await page.goto(`/ar/schedule?location=${location}&date=${date}`);
  await expect(page.getByRole("row", { name: new RegExp(code) })).toBeVisible();
  await expectAccessible(page, "day view (ar)");

  const other = await browser.newContext({ locale: "ar" });
  const mbe = await other.newPage();
  await loginAs(mbe, "mbe", "ar");
  await mbe.goto(`/ar/schedule?location=${location}&date=${date}`);
  await expect(mbe.locator("main")).not.toContainText(code);
  await other.close();
});

test("an admin manages services and counters; other roles get 404 (uk)", async ({ page, browser }) => {
  await loginAs(page, "admin", "uk");
  await page.getByRole("link", { name: "Послуги та віконця" }).click();
  await expect(page).toHaveURL(/\/uk\/admin\/catalogue$/);
  await expectAccessible(page, "catalogue admin (uk)");

  await page.goto("/uk/admin/catalogue/services/new");
  await expectAccessible(page, "new service (uk)");
  const code = `e2e-${randomLetters(8)}`;
  await page.locator('input[name="code"]').fill(code);
  await page.locator('select[name="lane"]').selectOption("SOZ");
  await page.locator('input[name="active"]').uncheck(); // never shows on the public pages other tests read
  await page.locator('input[name="nameDe"]').fill("E2E-Beratung");
  await page.locator('textarea[name="descriptionDe"]').fill("Nur für den Test.");
  await page.locator('input[name="nameUk"]').fill("Тестова консультація");
  await page.locator('textarea[name="descriptionUk"]').fill("Лише для тесту.");
  await page.getByRole("button", { name: "Зберегти" }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/admin/catalogue/services/${code}$`));
  await expect(page.locator('input[name="nameUk"]')).toHaveValue("Тестова консультація");
  await expectAccessible(page, "edit service (uk)");
  const audit = await adminDb().query(`SELECT a.action FROM "AuditEvent" a JOIN "Service" s ON s.id::text = a."targetId" WHERE s.code = $1`, [code]);
  expect(audit.rows).toEqual([{ action: "catalogue.service.create" }]);

  await page.goto("/uk/admin/catalogue");
  await page.locator('a[href*="/admin/catalogue/counters/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "counter (uk)");

  for (const [who, paths] of [["frontDesk", ["/uk/admin/catalogue"]], ["steering", ["/uk/schedule", "/uk/desk/book", "/uk/admin/catalogue"]]] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await loginAs(other, who, "uk");
    for (const path of paths) expect((await context.request.get(path, { maxRedirects: 0 })).status(), `${who} ${path}`).toBe(404);
    await context.close();
  }
});
