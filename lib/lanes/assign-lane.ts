import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { findOwnLane, laneOf } from "./lane-staff";

/**
 * A lane lead hands the lane of a file to a colleague of the same institution. The User table
 * has no row-level security, so the lane filter on the assignee is written out here.
 */
export async function assignLane(actor: Actor, input: { fileNumber: string; userId: string }) {
  const lane = laneOf(actor);
  if (actor.role !== "LANE_LEAD") throw notFound("lane");
  return withActor(actor, async (tx) => {
    const assignee = await tx.user.findFirst({
      where: { id: input.userId, lane, role: { in: ["CASEWORKER", "LANE_LEAD"] }, active: true },
      select: { id: true },
    });
    if (!assignee) throw notFound("user");
    const { caseFileId, caseLane } = await findOwnLane(tx, lane, input.fileNumber);
    await tx.caseLane.update({ where: { id: caseLane.id, lane }, data: { assignedToId: assignee.id } });
    await recordAudit(tx, actor, {
      action: "lane.assign",
      purpose: "casework",
      caseFileId,
      lane,
      targetId: assignee.id,
      detail: { previous: caseLane.assignedToId },
    });
    return { assignedToId: assignee.id };
  });
}
