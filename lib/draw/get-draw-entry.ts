import type { PublicClient } from "@/lib/booking/booking-context";
import { normalizeBookingCode } from "@/lib/booking/booking-code";
import { consumeRateLimit } from "@/lib/booking/rate-limit";
import { withEntryContext } from "./draw-context";
import { entryNotFound } from "./errors";
import { expireOffers } from "./expire-offers";
import type { DrawEntryKey, DrawEntryView } from "./schemas";
import { isoDate } from "./window-days";

/**
 * The status page: an entry by code + date of birth (a wrong date of birth looks like an unknown
 * code). Expires due offers first, so the page never shows an offer past its deadline and a
 * freed slot reaches the next person as soon as anybody looks.
 */
export async function getDrawEntry(key: DrawEntryKey, client: PublicClient): Promise<DrawEntryView> {
  const code = normalizeBookingCode(key.code);
  if (!code) throw entryNotFound();
  await consumeRateLimit("lookupIp", client.ip);
  await expireOffers();
  return withEntryContext({ code, birthDate: key.birthDate }, async (tx) => {
    const entry = await tx.drawEntry.findUnique({
      where: { code },
      select: { code: true, status: true, acceptableDates: true, offerStartsAt: true, offerExpiresAt: true, bookingCode: true, windowId: true },
    });
    if (!entry) throw entryNotFound();
    const window = await tx.drawWindow.findUniqueOrThrow({ where: { id: entry.windowId }, select: { serviceId: true } });
    const service = await tx.service.findUniqueOrThrow({ where: { id: window.serviceId }, select: { code: true } });
    return {
      code: entry.code,
      status: entry.status,
      serviceCode: service.code,
      acceptableDates: entry.acceptableDates.map(isoDate),
      offer:
        entry.status === "OFFERED" && entry.offerStartsAt && entry.offerExpiresAt
          ? { startsAt: entry.offerStartsAt.toISOString(), expiresAt: entry.offerExpiresAt.toISOString() }
          : null,
      // the booking code only once the person has confirmed: until then the hold is the draw's
      bookingCode: entry.status === "CONFIRMED" ? entry.bookingCode : null,
    };
  });
}
