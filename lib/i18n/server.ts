import "server-only";
import { cache } from "react";
import { createInstance, type TFunction } from "i18next";
import { notFound } from "next/navigation";
import { loadResources } from "./resources";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./settings";

/** One i18next instance per request and language (React's cache scopes it to the request). */
export const getI18n = cache(async (locale: Locale) => {
  const i18n = createInstance();
  await i18n.init({
    lng: locale,
    fallbackLng: false,
    resources: await loadResources(locale),
    defaultNS: "common",
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return i18n;
});

export async function getT(locale: Locale): Promise<TFunction> {
  return (await getI18n(locale)).t;
}

/** Validates the [locale] route segment; unknown languages are a 404. */
export async function localeFrom(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export { DEFAULT_LOCALE };
