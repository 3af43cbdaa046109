import { publicApiOperation } from "@/lib/api/public-api-operation";
import { clientIp } from "@/lib/auth/client-ip";
import { createBookingSpec } from "@/lib/booking/api-specs";
import { createBooking } from "@/lib/booking/create-booking";
import { verifyChallengeSolution } from "@/lib/challenge/verify-solution";

// The proof-of-work is required here, at the public entry point (staff book without one); it is
// redeemed inside the booking's transaction, so a booking that fails leaves it usable.
export const POST = publicApiOperation(createBookingSpec, ({ body }, request) =>
  createBooking(body, { ip: clientIp(request.headers) }, (tx) => verifyChallengeSolution(body.challenge, tx)),
);
