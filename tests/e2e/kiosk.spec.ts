/**
 * The kiosk (issue 4 item 1, tests from item 8): in an office of its own per test (the tests
 * call "next" in parallel), paired with a device token, a newcomer checks
 * in for today's booking in Arabic (code + date of birth) and gets a ticket, a counter calls it
 * and the waiting-room display shows it within 2 s; a walk-in answers
 * the pictogram questions in Turkish, gets a ticket and is called; the kiosk starts over after
 * inactivity (QR check-in through the camera: kiosk-camera.spec.ts); every kiosk screen passes axe;
 * without a paired kiosk the pages do not exist.
 */
import { adminDb, apiSession, expect, expectAccessible, test } from "./fixtures";
import { arrangeBookingToday, arrangeKioskOffice, BIRTH_DATE, openDisplay, pairKiosk } from "./kiosk-arrange";

test("check-in in Arabic with booking code and date of birth → a ticket number → called → on the display within 2 s", async ({ page, playwright, baseURL }) => {
  const office = await arrangeKioskOffice();
  const { code, counterId } = await arrangeBookingToday(office);
  await pairKiosk(page, office, "de");
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
  const display = await openDisplay(page, office);
  const desk = await apiSession(playwright.request, baseURL!, "frontDesk");
  const res = await desk.post("/api/v1/queues/next-ticket", { data: { counterId } });
  expect(res.status()).toBe(200);
  expect((await res.json()).ticket.displayNumber).toBe(rows[0].displayNumber);
  await expect(display.getByTestId("display-newest")).toContainText(rows[0].displayNumber, { timeout: 2_000 });
});

test("a wrong date of birth is refused like an unknown code", async ({ page }) => {
  const office = await arrangeKioskOffice();
  const { code } = await arrangeBookingToday(office);
  await pairKiosk(page, office, "en");
  await page.goto("/en/kiosk/check-in");
  await page.getByLabel("Booking code").fill(code);
  await page.getByLabel("Date of birth").fill("1970-01-01");
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("We found no appointment today");
  await expect(page.getByTestId("ticket-number")).toHaveCount(0);
});

test("walk-in triage in Turkish → a ticket number → called to a counter → on the display", async ({ page, playwright, baseURL }) => {
  const office = await arrangeKioskOffice();
  await pairKiosk(page, office, "tr");
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
  const { rows } = await adminDb().query(`SELECT language, "bookingId" FROM "Ticket" WHERE "displayNumber" = $1 AND "locationId" = $2`, [
    await number.textContent(), office.locationId,
  ]);
  expect(rows[0]).toEqual({ language: "tr", bookingId: null });

  // the front desk calls at the office's counter of this queue: the ticket is the only one there
  const display = await openDisplay(page, office);
  const displayNumber = (await number.textContent())!;
  const { rows: [counter] } = await adminDb().query(
    `SELECT cs."counterId" FROM "Ticket" t JOIN "Queue" q ON q.id = t."queueId"
       JOIN "CounterService" cs ON cs."serviceId" = q."serviceId" JOIN "Counter" c ON c.id = cs."counterId" AND c."locationId" = t."locationId"
      WHERE t."displayNumber" = $1 AND t."locationId" = $2 AND t.day = berlin_today()`, [displayNumber, office.locationId]);
  const desk = await apiSession(playwright.request, baseURL!, "frontDesk");
  const res = await desk.post("/api/v1/queues/next-ticket", { data: { counterId: counter.counterId } });
  expect(res.status()).toBe(200);
  expect((await res.json()).ticket.displayNumber).toBe(displayNumber);
  const { rows: [called] } = await adminDb().query(`SELECT status, "counterId" FROM "Ticket" WHERE "displayNumber" = $1 AND "locationId" = $2 AND day = berlin_today()`, [displayNumber, office.locationId]);
  expect(called).toEqual({ status: "CALLED", counterId: counter.counterId });
  await expect(display.getByTestId("display-newest")).toContainText(displayNumber, { timeout: 2_000 });
});

test("after inactivity the kiosk counts down and starts over with nothing typed left on screen", async ({ page }) => {
  await page.clock.install();
  await pairKiosk(page, await arrangeKioskOffice(), "en");
  await page.goto("/en/kiosk/check-in");
  await page.getByLabel("Booking code").fill("ABCD-2345");
  await page.clock.fastForward("00:51");
  const countdown = page.getByRole("alert").filter({ hasText: "the terminal starts over" });
  await expect(countdown).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click(); // a touch: the timer starts again
  await expect(countdown).toHaveCount(0);
  await expect(page.getByLabel("Booking code")).toHaveValue("ABCD-2345");
  await page.clock.fastForward("01:01");
  await expect(page).toHaveURL(/\/de\/kiosk$/);
  await expect(page.getByRole("link", { name: "Deutsch" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("ABCD-2345");
});

test("without a paired kiosk, the kiosk pages do not exist", async ({ page }) => {
  expect((await page.goto("/de/kiosk"))?.status()).toBe(404);
  expect((await page.goto("/de/kiosk/walk-in"))?.status()).toBe(404);
  expect((await page.goto("/de/kiosk/pair?token=demo-display-token"))?.status()).toBe(404);
});
