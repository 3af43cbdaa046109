import { db, withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { totpRequired } from "@/lib/env";
import type { TotpCodeInput } from "./schemas";
import { verifyCurrentCode } from "./verify-current-code";

/**
 * Removes the user's own second factor (secret and recovery codes); needs a current code.
 * Not possible while AUTH_REQUIRE_TOTP is on: then only an admin reset (followed by a new
 * enrolment) can replace a lost device.
 */
export async function disableTotp(actor: Actor, input: TotpCodeInput): Promise<void> {
  if (totpRequired()) throw new AppError("CONFLICT", "second factor required", { messageKey: "account:error.required" });
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { email: true, totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) throw new AppError("CONFLICT", "not enrolled", { messageKey: "account:error.notEnrolled" });
  await verifyCurrentCode(actor, { email: user.email, secret: user.totpSecret }, input.code, "disable");
  await withActor(actor, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: null, totpEnabledAt: null, recoveryCodes: [] } });
    await recordAudit(tx, actor, { action: "account.totp.disable", targetId: actor.userId });
  });
}
