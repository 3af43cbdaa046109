import { db } from "@/lib/db";
import { envInt } from "@/lib/env";

/**
 * Failed-login throttling per account and per IP, kept in Postgres so that every app instance
 * shares it. After LOGIN_MAX_FAILURES_ACCOUNT (default 5) failures within the window the
 * account is locked for LOGIN_LOCK_MINUTES; an IP gets LOGIN_MAX_FAILURES_IP (default 30).
 */
const WINDOW_MINUTES = () => envInt("LOGIN_WINDOW_MINUTES", 15);
const LOCK_MINUTES = () => envInt("LOGIN_LOCK_MINUTES", 15);

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export async function isLocked(keys: string[]): Promise<boolean> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: new Date() } }, select: { key: true } });
  return rows.length > 0;
}

async function recordFailureFor(key: string, limit: number) {
  // One statement: concurrent failures cannot both read "4" and miss the lock.
  await db.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES()}) THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES()}) THEN now() ELSE "LoginThrottle"."windowStart" END,
      "lockedUntil" = CASE WHEN "LoginThrottle"."windowStart" >= now() - make_interval(mins => ${WINDOW_MINUTES()})
                            AND "LoginThrottle"."failures" + 1 >= ${limit}
                           THEN now() + make_interval(mins => ${LOCK_MINUTES()}) ELSE "LoginThrottle"."lockedUntil" END`;
}

export async function recordFailure(email: string, ip: string) {
  await recordFailureFor(accountKey(email), envInt("LOGIN_MAX_FAILURES_ACCOUNT", 5));
  await recordFailureFor(ipKey(ip), envInt("LOGIN_MAX_FAILURES_IP", 30));
}

export async function clearAccountFailures(email: string) {
  await db.loginThrottle.deleteMany({ where: { key: accountKey(email) } });
}
