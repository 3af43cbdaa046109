import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import type { CreateLaneEntryInput } from "./schemas";
import { dateValue, findOwnLane, laneOf } from "./lane-staff";

/**
 * A note, task or decision in the actor's own lane. The lane never comes from input: an entry
 * belongs to the institution of whoever writes it (DESIGN.md §3 rule 1), and RLS refuses
 * anything else.
 */
export async function createLaneEntry(actor: Actor, input: CreateLaneEntryInput) {
  const lane = laneOf(actor);
  return withActor(actor, async (tx) => {
    const { caseFileId, caseLane } = await findOwnLane(tx, lane, input.fileNumber);
    if (caseLane.status !== "OPEN") throw new AppError("CONFLICT", "lane is closed", { messageKey: "lane:errors.laneClosed" });
    const entry = await tx.laneEntry.create({
      data: {
        caseFileId,
        lane,
        kind: input.kind,
        category: input.category,
        sensitivity: input.sensitivity,
        title: input.title,
        body: input.body,
        dueDate: input.kind === "TASK" && input.dueDate ? dateValue(input.dueDate) : null,
        authorId: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "laneEntry.create",
      purpose: "casework",
      caseFileId,
      lane,
      targetId: entry.id,
      detail: { kind: entry.kind, category: entry.category },
    });
    return entry;
  });
}
