import { INTL_LOCALE, type Locale } from "./settings";

const TZ = "Europe/Berlin";

export const formatDate = (locale: Locale, d: Date | string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: TZ }).format(new Date(d));

/** Dates of birth are calendar dates: format them in UTC so no time zone shifts the day. */
export const formatBirthDate = (locale: Locale, d: Date | string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(d));

export const formatDateTime = (locale: Locale, d: Date | string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short", timeZone: TZ }).format(new Date(d));

export const formatNumber = (locale: Locale, n: number) => new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);

/** Names: the original script first, the Latin form beside it when they differ. */
export function formatPersonName(p: { givenName: string; familyName: string; givenNameLatin: string; familyNameLatin: string }) {
  const original = `${p.givenName} ${p.familyName}`;
  const latin = `${p.givenNameLatin} ${p.familyNameLatin}`;
  return original === latin ? original : `${original} (${latin})`;
}
