import { publicApiOperation } from "@/lib/api/public-api-operation";
import { clientIp } from "@/lib/auth/client-ip";
import { getBookingSpec } from "@/lib/booking/api-specs";
import { getBooking } from "@/lib/booking/get-booking";

export const GET = publicApiOperation(getBookingSpec, ({ params, query }, request) =>
  getBooking({ code: params.code, birthDate: query.birthDate }, { ip: clientIp(request.headers) }),
);
