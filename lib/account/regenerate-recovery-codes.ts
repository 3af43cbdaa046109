import { db, withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { newRecoveryCodes } from "@/lib/auth/totp";
import type { TotpCodeInput } from "./schemas";
import { verifyCurrentCode } from "./verify-current-code";

/** Replaces all recovery codes (the old ones stop working); needs a current code from the app. */
export async function regenerateRecoveryCodes(actor: Actor, input: TotpCodeInput): Promise<{ recoveryCodes: string[] }> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { email: true, totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) throw new AppError("CONFLICT", "not enrolled", { messageKey: "account:error.notEnrolled" });
  await verifyCurrentCode(actor, { email: user.email, secret: user.totpSecret }, input.code, "recovery_codes");
  const codes = await newRecoveryCodes();
  await withActor(actor, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { recoveryCodes: codes.hashed } });
    await recordAudit(tx, actor, { action: "account.recovery_codes.regenerate", targetId: actor.userId });
  });
  return { recoveryCodes: codes.plain };
}
