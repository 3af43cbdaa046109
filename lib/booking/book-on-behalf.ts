import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { findService } from "./booking-rules";
import { bookSlotWithin } from "./book-slot";
import { newBookingCode } from "./booking-code";
import { bookingErrorOf } from "./db-error";
import type { CreateBookingInput, StaffBookingResult } from "./schemas";
import { sweepExpired } from "./sweep-expired";

/**
 * Staff book for someone at the counter or on the phone: the same booking as online
 * (capacity, one active booking per person, into the case model), marked as made on the
 * person's behalf by this staff member, without challenge or rate limit, also for desk-only
 * services and at short notice. The result names the file and warns of a possible duplicate,
 * which the desk can resolve while the person is there. The front desk books any service (it
 * routes to every lane); caseworkers and lane leads only their own lane's services. An outsider
 * learns nothing (404); the Booking insert policy and book_into_case() hold the same rule
 * (migration 20261201030000_staff_booking).
 */
export async function bookOnBehalf(actor: Actor, input: CreateBookingInput): Promise<StaffBookingResult> {
  if (!can(actor.role, "booking.onBehalf")) throw notFound("booking");
  await sweepExpired();
  const code = newBookingCode();
  try {
    return await withActor(actor, async (tx) => {
      const service = await findService(tx, input);
      if (actor.role !== "FRONT_DESK" && service.lane !== actor.lane) throw notFound("service");
      const { view, link } = await bookSlotWithin(tx, { kind: "staff", actor }, service, input, code);
      return { booking: view, fileNumber: link.fileNumber, personCreated: link.personCreated, possibleDuplicate: link.possibleDuplicates > 0 };
    });
  } catch (e) {
    throw bookingErrorOf(e);
  }
}
