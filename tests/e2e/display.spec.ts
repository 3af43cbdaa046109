/**
 * The waiting-room display (issue 4 item 4): paired with the demo token, it shows a call within
 * 2 s of the queue engine's pg_notify('ticket_events', …) — the contract, sent here directly —
 * keeps the latest calls after a reload, and passes axe. An admin issues and revokes a display.
 */
import { randomUUID } from "node:crypto";
import { adminDb, expect, expectAccessible, loginAs, test } from "./fixtures";

const DEMO_DISPLAY_TOKEN = "demo-display-token"; // prisma/seed-devices.ts

async function mainLocationId() {
  const { rows } = await adminDb().query(`SELECT id FROM "Location" WHERE code = 'hamm-buergeramt'`);
  return rows[0].id as string;
}

async function call(locationId: string, displayNumber: string, counterName: string | null, language = "ar", type = "called") {
  const payload = { type, locationId, ticketId: randomUUID(), displayNumber, counterName, language, at: new Date().toISOString() };
  await adminDb().query("SELECT pg_notify('ticket_events', $1)", [JSON.stringify(payload)]);
}

test.describe.configure({ mode: "serial" });

test("a paired display shows each call within 2 s, newest highlighted, and keeps them after a reload", async ({ page }) => {
  const locationId = await mainLocationId();
  await page.goto(`/de/display/pair?token=${DEMO_DISPLAY_TOKEN}`);
  await expect(page).toHaveURL(/\/de\/display$/);
  await expect(page.getByRole("heading", { level: 1, name: "Aufruf" })).toBeVisible();
  // connected: the connection notice is gone once the stream has opened
  await expect(page.getByText("Verbindung wird hergestellt")).toHaveCount(0);
  await expect(page.getByText("Verbindung wird wiederhergestellt")).toHaveCount(0);

  const number = `E-${Math.floor(Math.random() * 900 + 100)}`;
  await call(locationId, number, "Schalter 3");
  const newest = page.getByTestId("display-newest");
  await expect(newest).toContainText(number, { timeout: 2_000 });
  await expect(newest).toContainText("Schalter 3");

  const next = `F-${Math.floor(Math.random() * 900 + 100)}`;
  await call(locationId, next, "Raum 1.10", "tr");
  await expect(newest).toContainText(next, { timeout: 2_000 });
  await expect(page.getByTestId("display-earlier")).toContainText(number);
  // screen readers hear the call through the live region
  await expect(page.locator('[aria-live="polite"]')).toContainText(next);

  // a finished ticket is no call: nothing changes on screen
  await call(locationId, "Z-999", "Schalter 1", "de", "finished");
  await page.reload();
  await expect(page.getByTestId("display-newest")).toContainText(next);
  await expect(page.getByTestId("display-earlier")).toContainText(number);
  await expect(page.getByText("Z-999")).toHaveCount(0);
  await expectAccessible(page, "display (de)");
});

test("the display in Arabic renders right-to-left and passes axe", async ({ page }) => {
  await page.goto(`/ar/display/pair?token=${DEMO_DISPLAY_TOKEN}`);
  await expect(page).toHaveURL(/\/ar\/display$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("status")).toHaveCount(0); // the connection notice: gone once live
  await call(await mainLocationId(), "A-042", "Schalter 2");
  await expect(page.getByTestId("display-newest")).toContainText("A-042", { timeout: 2_000 });
  await expectAccessible(page, "display (ar)");
});

test("without a paired device, neither the display nor its stream exist", async ({ page, request }) => {
  const locationId = await mainLocationId();
  expect((await page.goto("/de/display"))?.status()).toBe(404);
  expect((await request.get(`/api/display/${locationId}/stream`)).status()).toBe(404);
  expect((await page.goto("/de/display/pair?token=not-a-real-device-token"))?.status()).toBe(404);
});

test("an admin issues a display, the device pairs with the link, and revoking it locks the device out", async ({ page, browser, baseURL }) => {
  await loginAs(page, "admin");
  await page.goto("/de/admin/devices");
  await expectAccessible(page, "admin devices");
  await page.getByLabel("Art", { exact: true }).selectOption("DISPLAY");
  await page.getByLabel("Standort", { exact: true }).selectOption({ label: "Stadtteilbüro Hamm-Norden" });
  const name = `Flur ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Bezeichnung", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Gerät anlegen" }).click();
  const link = await page.getByTestId("issued-device").getByRole("link").getAttribute("href");
  expect(link).toMatch(/\/de\/display\/pair\?token=[A-Za-z0-9_-]{43}$/);

  const device = await (await browser.newContext({ baseURL })).newPage();
  await device.goto(link!);
  await expect(device).toHaveURL(/\/de\/display$/);
  await expect(device.getByRole("status")).toHaveCount(0);
  // the other location's calls are not shown here
  await call(await mainLocationId(), "M-001", "Schalter 1");
  const { rows } = await adminDb().query(`SELECT id FROM "Location" WHERE code = 'hamm-norden'`);
  await call(rows[0].id, "N-001", "Raum 2");
  await expect(device.getByTestId("display-newest")).toContainText("N-001", { timeout: 2_000 });
  await expect(device.getByText("M-001")).toHaveCount(0);

  await page.reload();
  await page.getByRole("button", { name: `Sperren: ${name}` }).click();
  await expect(page.getByText(/gesperrt am/).first()).toBeVisible();
  expect((await device.reload())?.status()).toBe(404);
  await device.context().close();
});
