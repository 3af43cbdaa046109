import "server-only";
import { createHmac } from "node:crypto";

/**
 * Settings of the booking proof-of-work (altcha v2 challenges), all read per call so that a
 * misconfiguration fails the use case that needs them with a clear message.
 *
 * Work per attempt: one PBKDF2-HMAC-SHA-256 with POW_COST iterations. In the browser that is
 * one Web Crypto call doing native work, so a browser is nearly as fast per core as a bot's
 * native code (plain SHA-256 attempts would be dominated by per-call overhead in the browser,
 * handing native bots a ~100× advantage).
 *
 * BOOKING_POW_MAX_NUMBER (default 4000): altcha's "maxnumber". The secret counter is drawn from
 * [max/2, max], so every challenge costs between half and all of max × POW_COST iterations —
 * no near-free challenges a bot could pick out by requesting many. Chosen for ~1 s on a phone:
 * Chromium on this project's 2-core reference machine does ~5 M iterations/s per core (measured,
 * see the issue-3 notes), a low-to-mid-range phone core is assumed at about a third of that; with
 * two workers the expected 3000 attempts (3 M iterations) then take ~1 s, ~0.6 s here.
 *
 * BOOKING_POW_EXPIRES_SECONDS (default 600): how long a challenge may be solved and redeemed.
 */
export const POW_ALGORITHM = "PBKDF2/SHA-256";
export const POW_COST = 1000;
export const DEFAULT_POW_MAX_NUMBER = 4000;
export const DEFAULT_POW_EXPIRES_SECONDS = 600;

// Only for development and tests without AUTH_SECRET: stable, and refused in production.
const DEVELOPMENT_KEY = "einehand-development-booking-challenge-key";

const isProduction = () => process.env.NODE_ENV === "production" && process.env.EINEHAND_DEMO !== "1";

/**
 * The HMAC key that signs challenges: ALTCHA_HMAC_KEY, else one derived from AUTH_SECRET (a
 * separate, stable key: a challenge signature never doubles as anything Auth.js signs).
 */
export function challengeHmacKey(): string {
  const explicit = process.env.ALTCHA_HMAC_KEY;
  if (explicit) {
    if (isProduction() && explicit.length < 32) throw new Error("ALTCHA_HMAC_KEY must have at least 32 characters in production");
    return explicit;
  }
  const authSecret = process.env.AUTH_SECRET;
  if (authSecret) return createHmac("sha256", authSecret).update("einehand/booking-challenge/v1").digest("hex");
  if (isProduction()) {
    throw new Error("Booking challenges need a signing key: set ALTCHA_HMAC_KEY (at least 32 random characters) or AUTH_SECRET");
  }
  return DEVELOPMENT_KEY;
}

function wholeNumberFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** Upper bound of the secret counter (altcha's maxnumber); the difficulty knob. */
export const powMaxNumber = () => wholeNumberFromEnv("BOOKING_POW_MAX_NUMBER", DEFAULT_POW_MAX_NUMBER, 1, 10_000_000);

export const powExpiresSeconds = () => wholeNumberFromEnv("BOOKING_POW_EXPIRES_SECONDS", DEFAULT_POW_EXPIRES_SECONDS, 30, 86_400);
