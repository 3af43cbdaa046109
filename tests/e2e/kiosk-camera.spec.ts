/**
 * QR check-in through the camera (issue 4 item 1): Chromium's fake camera shows the QR code of
 * a booking confirmation; the kiosk reads it — with ZXing, because desktop Chromium on Linux
 * (like Windows kiosk PCs) has no BarcodeDetector — and the person confirms with the date of
 * birth. Own file: the camera needs its own browser launch.
 */
import { adminDb, expect, test } from "./fixtures";
import { fakeCameraArgs, showQrToCamera } from "./fake-camera";
import { arrangeBookingToday, arrangeKioskOffice, BIRTH_DATE, pairKiosk } from "./kiosk-arrange";

test.use({
  permissions: ["camera"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", ...fakeCameraArgs],
  },
});

test("check-in by holding the confirmation's QR code to the camera, then the date of birth", async ({ page, baseURL }) => {
  const office = await arrangeKioskOffice();
  const { code } = await arrangeBookingToday(office);
  showQrToCamera(`${baseURL}/de/booking?code=${code}&t=not-needed-at-the-kiosk`);
  await pairKiosk(page, office, "en");
  await page.goto("/en/kiosk/check-in");
  await page.getByRole("button", { name: "Scan QR code" }).click();
  await expect(page.getByText("Code read. Please enter your date of birth now.")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel("Booking code")).toHaveValue(code);
  await page.getByLabel("Date of birth").fill(BIRTH_DATE);
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(page.getByTestId("ticket-number")).toHaveText(/^[A-Z]+-\d{3}$/);
  const { rows } = await adminDb().query(`SELECT count(*)::int AS n FROM "Ticket" t JOIN "Booking" b ON b.id = t."bookingId" WHERE b.code = $1`, [code]);
  expect(rows[0].n).toBe(1);
});
