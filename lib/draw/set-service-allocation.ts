import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { withActor } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertDrawManager } from "./authorize";
import { windowLive } from "./errors";
import type { SetServiceAllocationInput } from "./schemas";

/**
 * Switches a service between first come and draw. Back to first come is refused while a window
 * still takes registrations (those people would wait for a draw that never comes); offers of a
 * drawn window stay confirmable either way.
 */
export async function setServiceAllocation(actor: Actor, input: SetServiceAllocationInput): Promise<{ serviceCode: string; allocation: string }> {
  assertDrawManager(actor);
  return withActor(actor, async (tx) => {
    const [service] = await tx.$queryRaw<{ id: string; allocation: string; lane: string }[]>`
      SELECT id, allocation::text AS allocation, lane::text AS lane FROM "Service" WHERE code = ${input.serviceCode} FOR UPDATE`;
    if (!service) throw notFound("service");
    if (service.allocation === input.allocation) return { serviceCode: input.serviceCode, allocation: input.allocation };
    if (input.allocation === "FIRST_COME" && (await tx.drawWindow.count({ where: { serviceId: service.id, status: "OPEN" } })) > 0) throw windowLive();
    await tx.service.update({ where: { id: service.id }, data: { allocation: input.allocation } });
    await recordAudit(tx, actor, {
      action: "service.allocation",
      targetId: service.id,
      detail: { service: input.serviceCode, from: service.allocation, to: input.allocation },
    });
    return { serviceCode: input.serviceCode, allocation: input.allocation };
  });
}
