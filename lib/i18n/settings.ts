/** Languages of the portal. More from DESIGN.md §5 follow; each must be complete before it is listed. */
export const LOCALES = ["de", "en", "ar", "tr", "uk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

const RTL: readonly Locale[] = ["ar"];
export const directionOf = (locale: Locale) => (RTL.includes(locale) ? "rtl" : "ltr");

/** Each language named in its own script (never flags). */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  tr: "Türkçe",
  uk: "Українська",
};

/** Intl locale per UI language (Arabic with Latin digits is what German authorities' forms use). */
export const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB", ar: "ar-SY-u-nu-latn", tr: "tr-TR", uk: "uk-UA" };

export const NAMESPACES = ["common", "errors", "auth", "desk", "lane", "account", "admin", "steering", "booking", "challenge", "receipt", "messages", "draw", "schedule", "catalogue", "display", "queue", "kiosk", "console"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const isLocale = (v: string): v is Locale => (LOCALES as readonly string[]).includes(v);
