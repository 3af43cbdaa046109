import type { Page } from "@playwright/test";
import { newBookingCode } from "@/lib/booking/booking-code";
import { personKeyOf } from "@/lib/booking/person-key";
import { hashDeviceToken } from "@/lib/devices/device-token";
import { adminDb, appointmentStartNow, expect, randomLetters } from "./fixtures";

export const BIRTH_DATE = "1988-03-09";

export type KioskOffice = { locationId: string; kioskToken: string; displayToken: string };

/**
 * An office of its own for one kiosk test: a location with the main office's queues (same
 * services, letters and names), one counter per queue, a paired-able kiosk and display. Tests
 * run in parallel and call "next" — in a shared queue they would call each other's tickets.
 */
export async function arrangeKioskOffice(): Promise<KioskOffice> {
  const db = adminDb();
  const tag = randomLetters(8);
  const { rows: [location] } = await db.query(
    `INSERT INTO "Location" (code, name, address, kind) SELECT $1, 'Bürgeramt ' || $2, address, kind FROM "Location" WHERE code = 'hamm-buergeramt' RETURNING id`,
    [`e2e-kiosk-${tag}`, tag],
  );
  const { rows: queues } = await db.query(
    `SELECT q.lane, q."serviceId", q.code, q.name FROM "Queue" q JOIN "Location" l ON l.id = q."locationId" WHERE l.code = 'hamm-buergeramt' AND q.active`,
  );
  for (const q of queues) {
    await db.query(`INSERT INTO "Queue" ("locationId", lane, "serviceId", code, name) VALUES ($1, $2, $3, $4, $5)`, [location.id, q.lane, q.serviceId, q.code, q.name]);
    if (!q.serviceId) continue;
    const { rows: [counter] } = await db.query(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) RETURNING id`, [location.id, `Schalter ${q.code}`]);
    await db.query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [counter.id, q.serviceId]);
  }
  const device = async (kind: "KIOSK" | "DISPLAY") => {
    const token = `e2e-${kind.toLowerCase()}-${tag}-${randomLetters(12)}`;
    await db.query(`INSERT INTO "Device" (kind, "locationId", name, "tokenHash") VALUES ($1::"DeviceKind", $2, $3, $4)`, [kind, location.id, `e2e ${kind} ${tag}`, hashDeviceToken(token)]);
    return token;
  };
  return { locationId: location.id, kioskToken: await device("KIOSK"), displayToken: await device("DISPLAY") };
}

/** A confirmed booking starting about now (appointmentStartNow) at the office's counter of an ABH service (a lane the front desk may call). */
export async function arrangeBookingToday(office: KioskOffice) {
  const db = adminDb();
  const { rows: [c] } = await db.query(`SELECT cs."counterId", cs."serviceId" FROM "CounterService" cs
      JOIN "Counter" c ON c.id = cs."counterId" JOIN "Service" s ON s.id = cs."serviceId"
      WHERE c."locationId" = $1 AND s.lane = 'ABH' ORDER BY s.code LIMIT 1`, [office.locationId]);
  const givenName = randomLetters(7);
  const familyName = randomLetters(8);
  const code = newBookingCode();
  const startsAt = appointmentStartNow();
  const endsAt = new Date(startsAt.getTime() + 5 * 60_000);
  await db.query(
    `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "personKey", "givenName", "familyName", "birthDate", language, "confirmedAt")
     VALUES ($1, $2, $3, $4, $5, $5, 'CONFIRMED', $6, $7, $8, $9, 'ar', now())`,
    [code, c.serviceId, c.counterId, startsAt, endsAt, personKeyOf(givenName, familyName, BIRTH_DATE), givenName, familyName, BIRTH_DATE],
  );
  return { code, counterId: c.counterId as string };
}

export async function pairKiosk(page: Page, office: KioskOffice, locale: string) {
  await page.goto(`/${locale}/kiosk/pair?token=${office.kioskToken}`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/kiosk$`));
}

/** A second page showing the office's waiting-room display, connected. */
export async function openDisplay(page: Page, office: KioskOffice) {
  const display = await page.context().newPage();
  await display.goto(`/de/display/pair?token=${office.displayToken}`);
  await expect(display).toHaveURL(/\/de\/display$/);
  await expect(display.getByText("Verbindung wird hergestellt")).toHaveCount(0);
  return display;
}
