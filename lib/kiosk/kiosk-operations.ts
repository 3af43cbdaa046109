import { z } from "@/lib/validation";
import { checkInBooking } from "@/lib/queue/check-in-booking";
import { issueTicket } from "@/lib/queue/issue-ticket";
import type { KioskContext } from "@/lib/queue/kiosk-context";
import { LOCALES } from "@/lib/i18n/settings";
import { bookingCodeOf } from "./booking-code-of";

const LANGUAGE = z.enum(LOCALES);
const BIRTH_DATE = z.iso.date();

/** At a kiosk the date of birth is always needed, also with the booking code (docs/decisions/014). */
export const kioskCheckInSchema = z.union([
  z.object({ code: z.string().trim().min(4).max(200), birthDate: BIRTH_DATE, language: LANGUAGE }),
  z.object({ givenName: z.string().trim().min(1).max(100), familyName: z.string().trim().min(1).max(100), birthDate: BIRTH_DATE, language: LANGUAGE }),
]);

/** A walk-in picks a service (from the triage); priorities and the phone number are staff's to set. */
export const kioskWalkInSchema = z.object({ serviceCode: z.string().min(1).max(64), language: LANGUAGE });

/** Check-in at the kiosk's own location; a scanned manage URL is reduced to its code. */
export const kioskCheckIn = (v: z.output<typeof kioskCheckInSchema>, kiosk: KioskContext) =>
  checkInBooking("code" in v ? { ...v, code: bookingCodeOf(v.code), locationId: kiosk.locationId } : { ...v, locationId: kiosk.locationId }, { kiosk });

/** A walk-in ticket at the kiosk's own location, announced in the kiosk's current language. */
export const kioskWalkIn = (v: z.output<typeof kioskWalkInSchema>, kiosk: KioskContext) =>
  issueTicket({ locationId: kiosk.locationId, serviceCode: v.serviceCode, language: v.language }, { kiosk });
