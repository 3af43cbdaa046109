import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { findOwnLane, laneOf } from "./lane-staff";

/** Closes the actor's lane on a file; the retention period starts here (DESIGN.md §3 rule 8). */
export async function closeLane(actor: Actor, input: { fileNumber: string }) {
  const lane = laneOf(actor);
  return withActor(actor, async (tx) => {
    const { caseFileId, caseLane } = await findOwnLane(tx, lane, input.fileNumber);
    if (caseLane.status === "CLOSED") throw new AppError("CONFLICT", "lane already closed", { messageKey: "lane:errors.laneClosed" });
    const closedAt = new Date();
    await tx.caseLane.update({ where: { id: caseLane.id, lane }, data: { status: "CLOSED", closedAt } });
    await recordAudit(tx, actor, { action: "lane.close", purpose: "casework", caseFileId, lane, targetId: caseLane.id });
    return { closedAt };
  });
}
