import { INTL_LOCALE, type Locale } from "@/lib/i18n/settings";

/** The office's time: what the person reads on the receipt is the wall clock at the counter. */
const TZ = "Europe/Berlin";

/** "Montag, 29. März 2027" — the weekday helps people who read dates in another calendar. */
export const appointmentDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "full", timeZone: TZ }).format(new Date(iso));

/** "09:00 – 09:30" */
export function appointmentTimes(locale: Locale, startIso: string, endIso: string): string {
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeStyle: "short", timeZone: TZ });
  return `${time.format(new Date(startIso))} – ${time.format(new Date(endIso))}`;
}

/** A moment with seconds, for the legally relevant "booked on" (e.g. before a permit expired). */
export const preciseDateTime = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "medium", timeZone: TZ }).format(new Date(iso));
