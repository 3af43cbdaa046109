import { publicApiOperation } from "@/lib/api/public-api-operation";
import { clientIp } from "@/lib/auth/client-ip";
import { cancelBookingSpec } from "@/lib/booking/api-specs";
import { cancelBooking } from "@/lib/booking/cancel-booking";

export const POST = publicApiOperation(cancelBookingSpec, ({ params, body }, request) =>
  cancelBooking({ code: params.code, birthDate: body.birthDate }, { ip: clientIp(request.headers) }),
);
