import { recordAudit } from "@/lib/audit/record-audit";
import { queueBookingMessages } from "@/lib/messages/queue-booking-messages";
import type { Tx } from "@/lib/db";
import { SERVICE_SELECT, releaseDelayMinutes } from "./booking-rules";
import { dbNow } from "./book-slot";
import { withBookingContext, type PublicClient } from "./booking-context";
import { normalizeBookingCode } from "./booking-code";
import { BOOKING_VIEW_SELECT, dateOnly, toBookingView } from "./booking-view";
import { bookingNotFound, notChangeable } from "./db-error";
import { consumeRateLimit } from "./rate-limit";
import type { BookingView, ManageBookingInput } from "./schemas";

/** The case file a booking entered, for its audit rows (booking_case_file(), SECURITY DEFINER). */
export async function caseFileOfBooking(tx: Tx, bookingId: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ id: string | null }[]>`SELECT booking_case_file(${bookingId}::uuid) AS id`;
  return row?.id ?? null;
}

/**
 * Cancels a future booking. The slot does not come back at once: the row turns RELEASING and
 * keeps blocking the counter until releaseAt (service.releaseDelayMinutes, or
 * BOOKING_RELEASE_DELAY_MINUTES), so a reseller cannot cancel and hand the slot to a buyer
 * in the same second. Cancelling again answers with the cancelled booking.
 */
export async function cancelBooking(input: ManageBookingInput, client: PublicClient): Promise<BookingView> {
  await consumeRateLimit("lookupIp", client.ip);
  const code = normalizeBookingCode(input.code);
  if (!code) throw bookingNotFound();
  return withBookingContext({ code, birthDate: input.birthDate }, async (tx) => {
    const now = await dbNow(tx);
    const booking = await tx.booking.findFirst({
      where: { code, birthDate: dateOnly(input.birthDate) },
      select: { ...BOOKING_VIEW_SELECT, service: { select: SERVICE_SELECT } },
    });
    if (!booking) throw bookingNotFound();
    if (booking.status === "RELEASING" || booking.status === "CANCELLED") return toBookingView(booking);
    if (booking.status !== "CONFIRMED" || booking.startsAt <= now) throw notChangeable();

    const releaseAt = new Date(now.getTime() + releaseDelayMinutes(booking.service) * 60_000);
    const changed = await tx.booking.updateMany({
      where: { id: booking.id, status: "CONFIRMED" },
      data: { status: "RELEASING", releaseAt, cancelledAt: now },
    });
    if (changed.count !== 1) throw notChangeable();
    await queueBookingMessages(tx, booking.id, "cancelled");
    await recordAudit(tx, null, {
      action: "booking.cancel",
      caseFileId: await caseFileOfBooking(tx, booking.id),
      lane: booking.service.lane,
      targetId: booking.id,
      detail: { service: booking.service.code, startsAt: booking.startsAt.toISOString(), releaseAt: releaseAt.toISOString() },
    });
    return toBookingView({ ...booking, status: "RELEASING", cancelledAt: now });
  });
}
