import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { DeviceKind } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { assertDeviceAdmin } from "./policy";
import { hashDeviceToken, newDeviceToken } from "./device-token";
import type { IssueDeviceInput } from "./schemas";

export type IssuedDevice = { id: string; kind: DeviceKind; token: string };

/** A new display or kiosk at a location. The token is returned here once and never again. */
export async function issueDevice(actor: Actor, input: IssueDeviceInput): Promise<IssuedDevice> {
  assertDeviceAdmin(actor);
  const token = newDeviceToken();
  return withActor(actor, async (tx) => {
    const location = await tx.location.findUnique({ where: { id: input.locationId }, select: { id: true } });
    if (!location) throw notFound("location");
    const device = await tx.device.create({
      data: { kind: input.kind, locationId: location.id, name: input.name, tokenHash: hashDeviceToken(token) },
      select: { id: true, kind: true },
    });
    await recordAudit(tx, actor, { action: "device.issue", targetId: device.id, detail: { kind: input.kind, locationId: location.id, name: input.name } });
    return { ...device, token };
  });
}
