import { withBookingContext, type PublicClient } from "./booking-context";
import { normalizeBookingCode } from "./booking-code";
import { BOOKING_VIEW_SELECT, dateOnly, toBookingView } from "./booking-view";
import { bookingNotFound } from "./db-error";
import { consumeRateLimit } from "./rate-limit";
import type { BookingView, ManageBookingInput } from "./schemas";

/**
 * A booking by its code and the date of birth it was made with (the link in the messages
 * carries the code; the person types the date). Unknown code, wrong date of birth or a string
 * that cannot be a code: the same NOT_FOUND, and every try counts against the IP's limit.
 */
export async function getBooking(input: ManageBookingInput, client: PublicClient): Promise<BookingView> {
  await consumeRateLimit("lookupIp", client.ip);
  const code = normalizeBookingCode(input.code);
  if (!code) throw bookingNotFound();
  return withBookingContext({ code, birthDate: input.birthDate }, async (tx) => {
    const booking = await tx.booking.findFirst({ where: { code, birthDate: dateOnly(input.birthDate) }, select: BOOKING_VIEW_SELECT });
    if (!booking) throw bookingNotFound();
    return toBookingView(booking);
  });
}
