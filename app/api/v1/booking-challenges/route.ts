import { publicApiOperation } from "@/lib/api/public-api-operation";
import { createBookingChallengeSpec } from "@/lib/challenge/api-specs";
import { createBookingChallenge } from "@/lib/challenge/create-challenge";

export const POST = publicApiOperation(createBookingChallengeSpec, async () => createBookingChallenge());
