import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { assertDeviceAdmin } from "./policy";

/** Takes a device's access back at once: its next page load or stream connection is refused. */
export async function revokeDevice(actor: Actor, deviceId: string): Promise<void> {
  assertDeviceAdmin(actor);
  await withActor(actor, async (tx) => {
    const { count } = await tx.device.updateMany({ where: { id: deviceId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw notFound("device");
    await recordAudit(tx, actor, { action: "device.revoke", targetId: deviceId });
  });
}
