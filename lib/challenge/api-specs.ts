import type { PublicApiOperationSpec } from "@/lib/api/public-api-operation";
import { bookingChallenge } from "./schemas";

export const createBookingChallengeSpec = {
  operationId: "createBookingChallenge",
  method: "post",
  path: "/api/v1/booking-challenges",
  summary:
    "A self-hosted proof-of-work challenge (altcha v2 format, PBKDF2/SHA-256) that a public booking must carry once solved: find the counter whose derived key starts with keyPrefix, then send base64(JSON {challenge, solution: {counter, derivedKey}}) as the booking's `challenge` field. Each solution books once and expires with the challenge. Difficulty is set by the operator (BOOKING_POW_MAX_NUMBER). No sign-in.",
  tags: ["appointments"],
  response: bookingChallenge,
  successStatus: 201,
  public: true,
} satisfies PublicApiOperationSpec;

export const challengeApiSpecs: PublicApiOperationSpec[] = [createBookingChallengeSpec];
