/**
 * The counter console and the front-desk queue overview (issue 4 items 3 and 5): the desk
 * issues walk-in tickets through the API, a counter calls one in the console, the paired
 * waiting-room display shows the number within 2 s, the counter finishes it, and the overview
 * counts the waiting before and after. axe on console and overview in German and Arabic.
 */
import { adminDb, apiSession, expect, expectAccessible, loginAs, randomLetters, test } from "./fixtures";

const DEMO_DISPLAY_TOKEN = "demo-display-token"; // prisma/seed-devices.ts

/**
 * A service, queue and counter of their own at the main location, so that no other test's
 * tickets stand in line before ours and the calling order is known.
 */
async function arrangeCounter() {
  const db = adminDb();
  const tag = randomLetters(6);
  const code = tag.slice(0, 3).toUpperCase();
  const { rows: [loc] } = await db.query(`SELECT id FROM "Location" WHERE code = 'hamm-buergeramt'`);
  const { rows: [svc] } = await db.query(
    `INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode") VALUES ($1, 'ABH', 15, 'DESK_ONLY') RETURNING id, code`, [`e2e-${tag}`],
  );
  const { rows: [counter] } = await db.query(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) RETURNING id, name`, [loc.id, `Schalter ${code}`]);
  await db.query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [counter.id, svc.id]);
  await db.query(`INSERT INTO "Queue" ("locationId", lane, "serviceId", code, name) VALUES ($1, 'ABH', $2, $3, $4)`, [loc.id, svc.id, code, `Test ${code}`]);
  return { locationId: loc.id as string, serviceCode: svc.code as string, counterId: counter.id as string, counterName: counter.name as string, queueCode: code };
}

test("the desk calls a walk-in ticket at its counter, the display shows it, the overview counts it", async ({ page, browser, playwright, baseURL }) => {
  const office = await arrangeCounter();
  const desk = await apiSession(playwright.request, baseURL!, "frontDesk");
  const issued: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await desk.post("/api/v1/tickets", { data: { locationId: office.locationId, serviceCode: office.serviceCode } });
    expect(res.status()).toBe(201);
    issued.push((await res.json()).displayNumber);
  }
  await desk.dispose();

  const displayContext = await browser.newContext({ baseURL });
  const display = await displayContext.newPage();
  await display.goto(`/de/display/pair?token=${DEMO_DISPLAY_TOKEN}`);
  await expect(display).toHaveURL(/\/de\/display$/);
  await expect(display.getByText("Verbindung wird hergestellt")).toHaveCount(0);

  await loginAs(page, "frontDesk");
  await page.goto(`/de/desk/queues?location=${office.locationId}`);
  await expect(page.getByTestId(`overview-${office.queueCode}`).getByTestId("waiting")).toHaveText("2");
  await expectAccessible(page, "overview de");

  // the counter is chosen in the page itself and then kept in the URL
  await page.goto("/de/counter");
  await page.locator("#counter-select").selectOption(office.counterId);
  await page.getByRole("button", { name: "Schalter öffnen" }).click();
  await expect(page).toHaveURL(new RegExp(`counter=${office.counterId}`));
  await expect(page.getByTestId("waiting-list")).toContainText(issued[0]);

  await page.getByTestId("call-next").click();
  const current = page.getByTestId("current-ticket");
  await expect(current).toContainText(issued[0]);
  await expect(display.getByTestId("display-newest")).toContainText(issued[0], { timeout: 2_000 });
  await expect(display.getByTestId("display-newest")).toContainText(office.counterName);
  await expectAccessible(page, "console de");

  await page.getByTestId("op-finish").click();
  await expect(page.getByTestId("call-next")).toBeVisible();
  await expect(page.getByTestId("waiting-list")).toContainText(issued[1]);
  await expect(page.getByTestId("waiting-list")).not.toContainText(issued[0]);

  await page.goto(`/de/desk/queues?location=${office.locationId}`);
  const row = page.getByTestId(`overview-${office.queueCode}`);
  await expect(row.getByTestId("waiting")).toHaveText("1");
  await expect(row).toContainText(office.counterName);

  await page.goto(`/ar/desk/queues?location=${office.locationId}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(page, "overview ar");
  await page.goto(`/ar/counter?counter=${office.counterId}`);
  await page.getByTestId("call-next").click();
  await expect(page.getByTestId("current-ticket")).toContainText(issued[1]);
  await expectAccessible(page, "console ar");
  await page.getByTestId("op-noShow").click();
  await expect(page.getByTestId("call-next")).toBeVisible();
  await displayContext.close();
});

test("a free counter's waiting list follows the queue without a reload", async ({ page, playwright, baseURL }) => {
  const office = await arrangeCounter();
  await loginAs(page, "frontDesk");
  await page.goto(`/de/counter?counter=${office.counterId}`);
  await expect(page.getByTestId("call-next")).toBeVisible();
  await expect(page.getByText("Wird alle 10 Sekunden aktualisiert, solange niemand am Schalter ist.")).toBeVisible();
  const desk = await apiSession(playwright.request, baseURL!, "frontDesk");
  const res = await desk.post("/api/v1/tickets", { data: { locationId: office.locationId, serviceCode: office.serviceCode } });
  expect(res.status()).toBe(201);
  const { displayNumber } = await res.json();
  await expect(page.getByTestId("waiting-list")).toContainText(displayNumber, { timeout: 15_000 });
});

test("lane staff do not get another lane's counter: 404", async ({ page }) => {
  const office = await arrangeCounter();
  await loginAs(page, "mbe");
  const res = await page.goto(`/de/counter?counter=${office.counterId}`);
  expect(res?.status()).toBe(404);
});
