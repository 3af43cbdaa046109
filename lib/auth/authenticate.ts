import { db } from "@/lib/db";
import type { Lane, Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { clearAccountFailures, accountKey, ipKey, isLocked, recordFailure } from "./login-throttle";
import { checkTotp, useRecoveryCode } from "./totp";

export type LoginFailure = "invalid" | "locked" | "totp_required" | "totp_invalid";
export type LoginResult = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: LoginFailure };

type UserRef = { id: string; role: Role; lane: Lane | null } | null;

async function auditLogin(action: string, user: UserRef, ip: string, detail: Record<string, unknown> = {}) {
  const actor = user ? { userId: user.id, role: user.role, lane: user.lane, ip } : null;
  await recordAudit(db, actor, { action, detail: actor ? detail : { ...detail, ip } });
}

/**
 * Password (argon2id) + optional second factor. Failures are throttled per account and per IP
 * and every outcome is audited. Messages never say whether the account exists.
 */
export async function authenticate(input: { email: string; password: string; totp?: string; ip: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  if (await isLocked([accountKey(email), ipKey(input.ip)])) {
    await auditLogin("auth.login.locked", null, input.ip, { email });
    return { ok: false, reason: "locked" };
  }
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.active) {
    await burnPasswordCheck(input.password);
    await recordFailure(email, input.ip);
    await auditLogin("auth.login.failed", null, input.ip, { email });
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailure(email, input.ip);
    await auditLogin("auth.login.failed", user, input.ip);
    return { ok: false, reason: "invalid" };
  }
  if (user.totpEnabledAt && user.totpSecret) {
    const code = input.totp?.trim() ?? "";
    if (!code) return { ok: false, reason: "totp_required" };
    if (!(await checkTotp(user.totpSecret, code))) {
      const remaining = await useRecoveryCode(user.recoveryCodes, code);
      if (!remaining) {
        await recordFailure(email, input.ip);
        await auditLogin("auth.login.failed", user, input.ip, { factor: "totp" });
        return { ok: false, reason: "totp_invalid" };
      }
      // Compare-and-set: two sign-ins racing with the same code cannot both consume it.
      const consumed = await db.user.updateMany({ where: { id: user.id, recoveryCodes: { equals: user.recoveryCodes } }, data: { recoveryCodes: remaining } });
      if (consumed.count !== 1) return { ok: false, reason: "totp_invalid" };
      await auditLogin("auth.recovery_code.used", user, input.ip, { remaining: remaining.length });
    }
  }
  await clearAccountFailures(email);
  await auditLogin("auth.login.success", user, input.ip);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
