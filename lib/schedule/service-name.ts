import type { Locale } from "@/lib/i18n/settings";

/** A service's name in the wanted language, else German (always seeded), else its code. */
export function serviceName(service: { code: string; texts: { locale: string; name: string }[] }, locale: Locale): string {
  return (service.texts.find((t) => t.locale === locale) ?? service.texts.find((t) => t.locale === "de"))?.name ?? service.code;
}
