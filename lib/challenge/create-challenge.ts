import "server-only";
import { createChallenge, randomInt } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { challengeHmacKey, POW_ALGORITHM, POW_COST, powExpiresSeconds, powMaxNumber } from "./challenge-config";
import type { BookingChallenge } from "./schemas";

/**
 * A fresh, signed proof-of-work challenge for the public booking flow. Stateless: nothing is
 * stored until a solution is redeemed (verifyChallengeSolution), so handing out challenges
 * costs one PBKDF2 derivation and no database work.
 */
export async function createBookingChallenge(): Promise<BookingChallenge> {
  const hmacSignatureSecret = challengeHmacKey();
  const max = powMaxNumber();
  const challenge = await createChallenge({
    algorithm: POW_ALGORITHM,
    cost: POW_COST,
    deriveKey,
    // deterministic mode: the server knows the answer, the client must search up to it
    counter: randomInt(max, Math.ceil(max / 2)),
    expiresAt: Math.floor(Date.now() / 1000) + powExpiresSeconds(),
    hmacSignatureSecret,
  });
  return challenge as BookingChallenge;
}
