import pg from "pg";
import { hashDeviceToken } from "../lib/devices/device-token";

/**
 * Demo devices for the main location, with fixed, documented tokens — only for the demo
 * (scripts/serve.ts calls this when EINEHAND_DEMO=1). A real office gets its tokens from the
 * admin page /<lang>/admin/devices.
 *   display: /de/display/pair?token=demo-display-token
 *   kiosk:   token demo-kiosk-token
 */
export const DEMO_DEVICE_TOKENS = { DISPLAY: "demo-display-token", KIOSK: "demo-kiosk-token" } as const;

export async function seedDevices(adminUrl: string, locationCode = "hamm-buergeramt"): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const location = await client.query<{ id: string }>(`SELECT id FROM "Location" WHERE code = $1`, [locationCode]);
    if (!location.rows[0]) return;
    for (const [kind, token] of Object.entries(DEMO_DEVICE_TOKENS)) {
      await client.query(
        `INSERT INTO "Device" (kind, "locationId", name, "tokenHash") VALUES ($1::"DeviceKind", $2, $3, $4) ON CONFLICT ("tokenHash") DO NOTHING`,
        [kind, location.rows[0].id, kind === "DISPLAY" ? "Demo: Wartebereich" : "Demo: Kiosk Eingang", hashDeviceToken(token)],
      );
    }
  } finally {
    await client.end();
  }
}
