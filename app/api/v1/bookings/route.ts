import { publicApiOperation } from "@/lib/api/public-api-operation";
import { clientIp } from "@/lib/auth/client-ip";
import { createBookingSpec } from "@/lib/booking/api-specs";
import { createBooking } from "@/lib/booking/create-booking";

export const POST = publicApiOperation(createBookingSpec, ({ body }, request) => createBooking(body, { ip: clientIp(request.headers) }));
