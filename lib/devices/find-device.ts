import { db } from "@/lib/db";
import type { DeviceKind } from "@/lib/generated/prisma/enums";
import { hashDeviceToken, plausibleToken } from "./device-token";

export type DeviceSession = { id: string; kind: DeviceKind; locationId: string; name: string };

/**
 * The unrevoked device of this kind holding `token` (at `locationId` when given), or null. Goes through the database function
 * device_by_token(): the app role cannot read the Device table itself (admin-only RLS).
 */
export async function findDevice(token: string | null | undefined, kind: DeviceKind, locationId?: string): Promise<DeviceSession | null> {
  if (!plausibleToken(token)) return null;
  const rows = await db.$queryRaw<{ id: string; kind: DeviceKind; location_id: string; name: string }[]>`
    SELECT id, kind, location_id, name FROM device_by_token(${hashDeviceToken(token)}, ${kind}::"DeviceKind")`;
  const row = rows[0];
  if (!row || (locationId !== undefined && row.location_id !== locationId)) return null;
  return { id: row.id, kind: row.kind, locationId: row.location_id, name: row.name };
}
