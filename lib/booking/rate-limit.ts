import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { envInt } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Rate limits of the public booking use cases, kept in Postgres so that every app instance
 * shares them (fixed windows, one atomic upsert per check). Configured by environment:
 *   BOOKING_RATE_IP_PER_HOUR     (default 30)  slot attempts (hold, book, reschedule) per IP
 *   BOOKING_RATE_PERSON_PER_DAY  (default 10)  bookings per person (name + date of birth)
 *   LOOKUP_RATE_IP_PER_HOUR      (default 60)  look-ups by code + date of birth per IP
 * Every attempt counts, successful or not: a bot probing slots or dates of birth pays for each.
 * Keys are HMACs (AUTH_SECRET), so the table holds neither addresses nor names.
 */
export const RATE_LIMITS = {
  bookingIp: { env: "BOOKING_RATE_IP_PER_HOUR", fallback: 30, windowMinutes: 60 },
  person: { env: "BOOKING_RATE_PERSON_PER_DAY", fallback: 10, windowMinutes: 24 * 60 },
  lookupIp: { env: "LOOKUP_RATE_IP_PER_HOUR", fallback: 60, windowMinutes: 60 },
} as const;
export type RateLimitKind = keyof typeof RATE_LIMITS;

const keyOf = (kind: RateLimitKind, value: string) =>
  `${kind}:${createHmac("sha256", process.env.AUTH_SECRET ?? "einehand-rate-limit").update(value).digest("base64url")}`;

/** Counts one attempt; throws RATE_LIMITED once the window's limit is exceeded. */
export async function consumeRateLimit(kind: RateLimitKind, value: string): Promise<void> {
  const { env, fallback, windowMinutes } = RATE_LIMITS[kind];
  const limit = envInt(env, fallback);
  const [{ hits }] = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO "BookingRateLimit" ("key", "hits", "windowStart") VALUES (${keyOf(kind, value)}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "BookingRateLimit"."windowStart" <= now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE "BookingRateLimit"."hits" + 1 END,
      "windowStart" = CASE WHEN "BookingRateLimit"."windowStart" <= now() - make_interval(mins => ${windowMinutes}) THEN now() ELSE "BookingRateLimit"."windowStart" END
    RETURNING "hits"`;
  if (Math.random() < 0.001) await pruneRateLimits();
  if (hits > limit) throw new AppError("RATE_LIMITED", `${kind} limit ${limit} exceeded`, { messageKey: "booking:error.rateLimited" });
}

/** Windows older than the longest limit are dead weight; dropped now and then, not per request. */
async function pruneRateLimits(): Promise<void> {
  await db.$executeRaw`DELETE FROM "BookingRateLimit" WHERE "windowStart" < now() - interval '2 days'`;
}
