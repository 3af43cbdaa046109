import { createInstance, type TFunction } from "i18next";
import { loadResources } from "@/lib/i18n/resources";
import type { Locale } from "@/lib/i18n/settings";
import type { BookingView } from "@/lib/booking/schemas";

/** A booking as getBooking returns it, for the calendar and receipt tests. */
export function bookingView(overrides: Partial<BookingView> = {}): BookingView {
  return {
    code: "K7M2-QX9P",
    status: "CONFIRMED",
    service: { id: "0b9c7a52-2f0e-4c4a-9a41-6d3f0f1a2b3c", code: "abh-permit-extension", lane: "ABH", durationMinutes: 30, requiredDocuments: ["passport", "biometricPhoto"] },
    location: { name: "Bürgeramt Mitte", address: "Markt 1, 59065 Hamm" },
    counter: "Schalter 3",
    startsAt: "2027-03-29T07:00:00.000Z",
    endsAt: "2027-03-29T07:30:00.000Z",
    person: { givenName: "محمد", familyName: "الأحمد", birthDate: "1990-05-17", email: null, phone: "+49 151 1234567", language: "ar", onBehalf: false },
    bookedAt: "2026-12-01T19:45:12.000Z",
    cancelledAt: null,
    ...overrides,
  };
}

export async function translator(locale: Locale): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ lng: locale, fallbackLng: false, resources: await loadResources(locale), interpolation: { escapeValue: false } });
  return i18n.t;
}
