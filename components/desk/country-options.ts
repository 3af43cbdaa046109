import { COUNTRY_CODES } from "@/lib/persons/schemas";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/settings";

/**
 * Country names in the UI language, sorted for that language. Computed on the server and passed
 * to the form: browsers ship other ICU data than Node, which would break hydration.
 */
export function countryOptions(locale: Locale) {
  const names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "region" });
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => collator.compare(a.label, b.label));
}
