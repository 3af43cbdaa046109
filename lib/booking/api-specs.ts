import type { PublicApiOperationSpec } from "@/lib/api/public-api-operation";
import { bookingCodeParams, bookingViewSchema, createBookingSchema, manageBookingSchema, rescheduleBookingSchema } from "./schemas";

const LIMITS =
  "Rate-limited per IP (BOOKING_RATE_IP_PER_HOUR, LOOKUP_RATE_IP_PER_HOUR) and per person (BOOKING_RATE_PERSON_PER_DAY): 429 RATE_LIMITED.";

export const createBookingSpec = {
  operationId: "createBooking",
  method: "post",
  path: "/api/v1/bookings",
  summary: `Book a slot (as listed by listSlots) for a person: name in any script, date of birth, e-mail or mobile number. One active booking per person and service (409 CONFLICT booking:error.alreadyBooked); a slot taken meanwhile is 409 booking:error.slotTaken. Requires "challenge": a proof-of-work from createBookingChallenge, solved by the client (400 VALIDATION challenge:error.invalid, challenge:error.expired or challenge:error.used when missing, wrong, expired or already spent; a solution is spent only by a booking that succeeds). Returns the booking with its code, which together with the date of birth manages it. No sign-in. ${LIMITS}`,
  tags: ["appointments"],
  body: createBookingSchema,
  response: bookingViewSchema,
  successStatus: 201,
  public: true,
} satisfies PublicApiOperationSpec;

export const getBookingSpec = {
  operationId: "getBooking",
  method: "get",
  path: "/api/v1/bookings/{code}",
  summary: `A booking by its code and the date of birth it was made with; a wrong date of birth is 404, like an unknown code. No sign-in. ${LIMITS}`,
  tags: ["appointments"],
  params: bookingCodeParams,
  query: manageBookingSchema,
  response: bookingViewSchema,
  public: true,
} satisfies PublicApiOperationSpec;

export const cancelBookingSpec = {
  operationId: "cancelBooking",
  method: "post",
  path: "/api/v1/bookings/{code}/cancel",
  summary: `Cancel a future booking (code + date of birth). The slot becomes bookable again only after a release delay. Repeating the call returns the cancelled booking. No sign-in. ${LIMITS}`,
  tags: ["appointments"],
  params: bookingCodeParams,
  body: manageBookingSchema,
  response: bookingViewSchema,
  public: true,
} satisfies PublicApiOperationSpec;

export const rescheduleBookingSpec = {
  operationId: "rescheduleBooking",
  method: "post",
  path: "/api/v1/bookings/{code}/reschedule",
  summary: `Move a future booking to another slot of the same service (code + date of birth). The new slot is taken first; if it is gone (409 booking:error.slotTaken) nothing changes. The booking keeps its code and its booking time; the old slot is released after the release delay. No sign-in. ${LIMITS}`,
  tags: ["appointments"],
  params: bookingCodeParams,
  body: rescheduleBookingSchema,
  response: bookingViewSchema,
  public: true,
} satisfies PublicApiOperationSpec;

export const bookingApiSpecs: PublicApiOperationSpec[] = [createBookingSpec, getBookingSpec, cancelBookingSpec, rescheduleBookingSpec];
