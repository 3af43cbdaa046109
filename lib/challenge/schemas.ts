import { z } from "@/lib/validation";

/**
 * An altcha v2 challenge as the client receives it (https://altcha.org, "PoW v2"): find the
 * counter whose PBKDF2 key of (nonce ‖ counter as uint32 big-endian, salt) starts with keyPrefix.
 * The signature is an HMAC over the canonical JSON of `parameters`: send them back unchanged.
 */
export const challengeParameters = z.object({
  algorithm: z.string().describe('key derivation, "PBKDF2/SHA-256"'),
  nonce: z.string().describe("hex"),
  salt: z.string().describe("hex"),
  cost: z.int().positive().describe("PBKDF2 iterations per attempt"),
  keyLength: z.int().positive().describe("derived key length in bytes"),
  keyPrefix: z.string().describe("hex prefix the derived key must start with"),
  expiresAt: z.int().positive().describe("Unix time in seconds after which the challenge is refused"),
});

export const bookingChallenge = z.object({
  parameters: challengeParameters,
  signature: z.string().describe("HMAC-SHA-256 (hex) of the canonical JSON of parameters"),
});
export type BookingChallenge = z.output<typeof bookingChallenge>;

/** What a solver sends back, base64-encoded (the altcha widget's payload format). */
export const challengeSolution = z.object({
  challenge: z.object({ parameters: z.record(z.string(), z.unknown()), signature: z.string() }),
  solution: z.object({ counter: z.int().nonnegative(), derivedKey: z.string(), time: z.number().optional() }),
});

/**
 * The field a booking request carries: base64 of JSON `{ challenge, solution }`. Use it in the
 * booking body schema, then hand the value to verifyChallengeSolution.
 */
export const challengePayload = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .describe("proof of work: base64 of JSON {challenge, solution} from POST /api/v1/booking-challenges, solved by the client");
