import { apiOperation } from "@/lib/api/api-operation";
import { checkInBookingSpec } from "@/lib/queue/api-specs";
import { checkInBooking } from "@/lib/queue/check-in-booking";

export const POST = apiOperation(checkInBookingSpec, ({ body }, actor) => checkInBooking(body, { actor }));
