import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import type { UserIdInput } from "./schemas";
import { assertAdmin } from "./policy";

/**
 * For a lost phone: removes the user's second factor and recovery codes. The user's sessions
 * end as well; they sign in with their password and (when required) enrol a new device first.
 */
export async function resetUserTotp(actor: Actor, input: UserIdInput): Promise<void> {
  assertAdmin(actor);
  await withActor(actor, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.userId },
      data: { totpSecret: null, totpEnabledAt: null, recoveryCodes: [], sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw notFound("user");
    await recordAudit(tx, actor, { action: "admin.user.reset_totp", targetId: input.userId });
  });
}
