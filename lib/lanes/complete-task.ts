import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { laneOf } from "./lane-staff";

/** Marks a task of the actor's lane done. Tasks shared by consent are read-only: not found. */
export async function completeTask(actor: Actor, input: { entryId: string }) {
  const lane = laneOf(actor);
  return withActor(actor, async (tx) => {
    const task = await tx.laneEntry.findFirst({ where: { id: input.entryId, lane, kind: "TASK" } });
    if (!task) throw notFound("task");
    const doneAt = new Date();
    const { count } = await tx.laneEntry.updateMany({ where: { id: task.id, lane, doneAt: null }, data: { doneAt } });
    if (count === 0) throw new AppError("CONFLICT", "task already done", { messageKey: "lane:errors.taskDone" });
    await recordAudit(tx, actor, { action: "laneEntry.complete", purpose: "casework", caseFileId: task.caseFileId, lane, targetId: task.id });
    return { id: task.id, doneAt };
  });
}
