import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { newTotpSecret } from "@/lib/auth/totp";

/**
 * Generates a new secret for the signed-in user. It is stored right away so that the QR code
 * survives a reload, but it is not a second factor until confirmed (totpEnabledAt stays null;
 * sign-in ignores it). An enrolled factor must be disabled or reset first.
 */
export async function startTotpEnrolment(actor: Actor): Promise<void> {
  await withActor(actor, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, totpEnabledAt: null },
      data: { totpSecret: newTotpSecret(), recoveryCodes: [] },
    });
    if (count !== 1) throw new AppError("CONFLICT", "second factor already enrolled", { messageKey: "account:error.alreadyEnrolled" });
    await recordAudit(tx, actor, { action: "account.totp.enrol_start", targetId: actor.userId });
  });
}
