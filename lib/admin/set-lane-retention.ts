import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { assertAdmin } from "./policy";
import type { SetLaneRetentionInput } from "./schemas";

/**
 * Sets how many months after closing a lane's files are deleted by the expiry job (DESIGN.md
 * rule 8). Shortening it applies at the next hourly run to lanes closed long enough ago.
 * Audited with the old and the new value (in the detail: the admin log shows no lane rows).
 */
export async function setLaneRetention(actor: Actor, input: SetLaneRetentionInput): Promise<{ lane: string; months: number }> {
  assertAdmin(actor);
  return withActor(actor, async (tx) => {
    const [current] = await tx.$queryRaw<{ months: number }[]>`SELECT months FROM "LaneRetention" WHERE lane = ${input.lane}::"Lane" FOR UPDATE`;
    if (!current) throw notFound("lane retention");
    await tx.laneRetention.update({ where: { lane: input.lane }, data: { months: input.months, updatedAt: new Date() } });
    await recordAudit(tx, actor, { action: "admin.retention.set", targetId: input.lane, detail: { lane: input.lane, from: current.months, to: input.months } });
    return { lane: input.lane, months: input.months };
  });
}
