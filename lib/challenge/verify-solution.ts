import "server-only";
import { verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { challengeHmacKey } from "./challenge-config";
import { challengeSolution } from "./schemas";

const invalid = (why: string) => new AppError("VALIDATION", `challenge ${why}`, { messageKey: "challenge:error.invalid" });

function decode(payload: unknown): { challenge: Challenge; solution: Solution } | null {
  if (typeof payload !== "string" || payload.length > 4096) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
    // the shape is checked, but the original object goes on: zod's copy drops unknown keys,
    // and the signature must cover exactly what was sent
    return challengeSolution.safeParse(value).success ? (value as { challenge: Challenge; solution: Solution }) : null;
  } catch {
    return null;
  }
}

/**
 * Checks a solved booking challenge (the base64 payload from the client) and redeems it, so
 * that one solution buys one booking. Resolves, or throws AppError VALIDATION with messageKey
 * challenge:error.invalid (malformed, forged, tampered or wrong answer), challenge:error.expired
 * or challenge:error.used.
 *
 * Pass the booking's transaction as `tx` and call this first in it: the redemption then
 * commits or rolls back with the booking, so a booking that fails (slot gone) leaves the
 * solution usable for the next try, while a parallel replay of the same payload waits on the
 * primary key and then counts as used.
 */
export async function verifyChallengeSolution(payload: unknown, tx?: Tx): Promise<void> {
  const hmacSignatureSecret = challengeHmacKey(); // a missing key is a server fault, not an invalid payload
  const decoded = decode(payload);
  if (!decoded) throw invalid("malformed");
  let result;
  try {
    result = await verifySolution({ ...decoded, deriveKey, hmacSignatureSecret });
  } catch {
    throw invalid("unverifiable");
  }
  if (result.expired) throw new AppError("VALIDATION", "challenge expired", { messageKey: "challenge:error.expired" });
  const expiresAt = decoded.challenge.parameters.expiresAt;
  // every challenge we sign expires; a signed one without expiry is not ours to honour
  if (!result.verified || !expiresAt) throw invalid(result.invalidSignature ? "signature" : "solution");

  // Rows outlive their challenge by an hour: app and database clocks may differ a little,
  // and a row removed while the app still accepts the challenge would reopen it for replay.
  await db.$executeRaw`DELETE FROM "UsedChallenge" WHERE "expiresAt" < now() - interval '1 hour'`;
  const redeemed = await (tx ?? db).$executeRaw`
    INSERT INTO "UsedChallenge" ("signature", "expiresAt") VALUES (${decoded.challenge.signature}, ${new Date(expiresAt * 1000)})
    ON CONFLICT ("signature") DO NOTHING`;
  if (redeemed === 0) throw new AppError("VALIDATION", "challenge already used", { messageKey: "challenge:error.used" });
}
