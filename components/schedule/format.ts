import { INTL_LOCALE, type Locale } from "@/lib/i18n/settings";

/** Times are always shown on the office's wall clock (Europe/Berlin), whatever the browser's zone. */
export const timeOf = (instant: Date | string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: "Europe/Berlin", timeStyle: "short" }).format(new Date(instant));

export const dateTimeOf = (instant: Date | string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" }).format(new Date(instant));

/** A local calendar date "YYYY-MM-DD" written out (weekday, day, month, year); no time zone involved. */
export const longDateOf = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: "UTC", dateStyle: "full" }).format(new Date(`${date}T12:00:00Z`));

/** Minutes after local midnight as "HH:MM" (opening rules). */
export const clockOf = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
