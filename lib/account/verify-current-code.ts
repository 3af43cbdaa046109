import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { checkTotp } from "@/lib/auth/totp";
import { accountKey, ipKey, isLocked, recordFailure } from "@/lib/auth/login-throttle";

/**
 * Checks a code for a security change of the signed-in user. Wrong codes count as failed
 * sign-ins of the account (same throttle as the login), so a stolen session cannot guess its
 * way to new recovery codes; a locked account refuses further tries.
 */
export async function verifyCurrentCode(actor: Actor, user: { email: string; secret: string }, code: string, action: string) {
  const ip = actor.ip ?? "local";
  if (await isLocked([accountKey(user.email), ipKey(ip)])) throw new AppError("RATE_LIMITED", "account locked");
  if (await checkTotp(user.secret, code)) return;
  await recordFailure(user.email, ip);
  await db.$transaction((tx) => recordAudit(tx, actor, { action: "account.totp.code_invalid", detail: { for: action } }));
  throw new AppError("VALIDATION", "wrong code", { messageKey: "errors:validation", fieldErrors: { code: ["account:error.codeInvalid"] } });
}
