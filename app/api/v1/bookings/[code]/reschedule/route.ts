import { publicApiOperation } from "@/lib/api/public-api-operation";
import { clientIp } from "@/lib/auth/client-ip";
import { rescheduleBookingSpec } from "@/lib/booking/api-specs";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";

export const POST = publicApiOperation(rescheduleBookingSpec, ({ params, body }, request) =>
  rescheduleBooking({ code: params.code, birthDate: body.birthDate, startsAt: body.startsAt }, { ip: clientIp(request.headers) }),
);
