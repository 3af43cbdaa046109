import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { SetUserActiveInput } from "./schemas";
import { assertAdmin } from "./policy";

/**
 * Activates or deactivates an account. Deactivating also bumps the session version, so every
 * open session of that user ends with its next request (JWT cookies cannot be recalled).
 * Admins cannot deactivate themselves: the last admin would lock everyone out.
 */
export async function setUserActive(actor: Actor, input: SetUserActiveInput): Promise<void> {
  assertAdmin(actor);
  if (input.userId === actor.userId && !input.active) {
    throw new AppError("CONFLICT", "cannot deactivate oneself", { messageKey: "admin:error.selfDeactivate" });
  }
  await withActor(actor, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.userId },
      data: input.active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw notFound("user");
    await recordAudit(tx, actor, { action: input.active ? "admin.user.activate" : "admin.user.deactivate", targetId: input.userId });
  });
}
