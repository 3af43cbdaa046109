import type { Page } from "@playwright/test";
import { newBookingCode } from "@/lib/booking/booking-code";
import { personKeyOf } from "@/lib/booking/person-key";
import { adminDb, expect, randomLetters } from "./fixtures";

export const DEMO_KIOSK_TOKEN = "demo-kiosk-token"; // prisma/seed-devices.ts
export const DEMO_DISPLAY_TOKEN = "demo-display-token";
export const BIRTH_DATE = "1988-03-09";

/**
 * A confirmed booking at the main location a few minutes from now, on a counter whose ABH
 * service (a lane the front desk may call) has a queue there; tries the next start time when
 * a counter is already booked then.
 */
export async function arrangeBookingToday() {
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

export async function pair(page: Page, locale: string) {
  await page.goto(`/${locale}/kiosk/pair?token=${DEMO_KIOSK_TOKEN}`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/kiosk$`));
}
