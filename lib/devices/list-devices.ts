import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { DeviceKind } from "@/lib/generated/prisma/enums";
import { assertDeviceAdmin } from "./policy";

export type DeviceRow = { id: string; kind: DeviceKind; name: string; locationName: string; createdAt: Date; lastSeenAt: Date | null; revokedAt: Date | null };
export type DeviceAdminView = { devices: DeviceRow[]; locations: { id: string; name: string }[] };

/** The admin's device list (active first) and the locations a new device may be placed at. */
export async function listDevices(actor: Actor): Promise<DeviceAdminView> {
  assertDeviceAdmin(actor);
  return withActor(actor, async (tx) => {
    const [devices, locations] = await Promise.all([
      tx.device.findMany({
        orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
        select: { id: true, kind: true, name: true, createdAt: true, lastSeenAt: true, revokedAt: true, location: { select: { name: true } } },
      }),
      tx.location.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    ]);
    return { devices: devices.map(({ location, ...d }) => ({ ...d, locationName: location.name })), locations };
  });
}
