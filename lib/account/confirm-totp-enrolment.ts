import { db, withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { newRecoveryCodes } from "@/lib/auth/totp";
import type { TotpCodeInput } from "./schemas";
import { verifyCurrentCode } from "./verify-current-code";

/**
 * Turns a pending secret into the user's second factor once a code from the app proves that
 * the app holds it, and returns ten recovery codes. They are shown once: only hashes are kept.
 */
export async function confirmTotpEnrolment(actor: Actor, input: TotpCodeInput): Promise<{ recoveryCodes: string[] }> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { email: true, totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || user.totpEnabledAt) throw new AppError("CONFLICT", "no pending enrolment", { messageKey: "account:error.noPendingEnrolment" });
  await verifyCurrentCode(actor, { email: user.email, secret: user.totpSecret }, input.code, "enrol");
  const codes = await newRecoveryCodes();
  await withActor(actor, async (tx) => {
    // Only the secret that was checked: a parallel restart of the enrolment must not slip in.
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, totpSecret: user.totpSecret, totpEnabledAt: null },
      data: { totpEnabledAt: new Date(), recoveryCodes: codes.hashed },
    });
    if (count !== 1) throw new AppError("CONFLICT", "enrolment changed meanwhile", { messageKey: "account:error.noPendingEnrolment" });
    await recordAudit(tx, actor, { action: "account.totp.enrol", targetId: actor.userId });
  });
  return { recoveryCodes: codes.plain };
}
