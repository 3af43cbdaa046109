import type { TFunction } from "i18next";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/settings";
import { TIME_ZONE } from "@/lib/availability/berlin-time";
import type { ServiceView } from "@/lib/catalogue/schemas";

/** Display helpers of the public catalogue; times always in the office's time zone. */
export const formatFee = (locale: Locale, cents: number) =>
  new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: "EUR" }).format(cents / 100);

/** Minutes after local midnight as a wall-clock time ("08:30"). */
export const formatMinute = (locale: Locale, minute: number) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 0, 5, 0, minute)));

/** ISO weekday 1…7 → its name (5 Jan 2026 was a Monday). */
export const weekdayName = (locale: Locale, weekday: number) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 0, 4 + weekday)));

/** A local calendar date as a heading: "Tuesday 1 December". */
export const formatDayLong = (locale: Locale, date: string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));

export const formatSlotTime = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE }).format(new Date(iso));

export function eligibility(t: TFunction, s: Pick<ServiceView, "minAge" | "maxAge">) {
  if (s.minAge !== null && s.maxAge !== null) return t("catalogue:facts.ageRange", { min: s.minAge, max: s.maxAge });
  if (s.minAge !== null) return t("catalogue:facts.ageMin", { min: s.minAge });
  if (s.maxAge !== null) return t("catalogue:facts.ageMax", { max: s.maxAge });
  return t("catalogue:facts.everyone");
}
