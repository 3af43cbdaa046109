import { readFileSync } from "node:fs";
import path from "node:path";
import { createInstance, type TFunction } from "i18next";
import { isLocale, type Locale } from "@/lib/i18n/settings";

// The namespaces a message uses: its own texts, document names, calendar texts.
const NAMESPACES = ["messages", "catalogue", "receipt"] as const;
const instances = new Map<Locale, TFunction>();

/**
 * i18next for messages, outside any request: the worker is a plain Node process, where
 * lib/i18n/server.ts (React's request cache, Next's notFound) does not belong. Same files,
 * same keys; read once per language.
 */
export function messageT(locale: Locale): TFunction {
  let t = instances.get(locale);
  if (!t) {
    const resources = Object.fromEntries(
      NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(path.join(process.cwd(), "locales", locale, `${ns}.json`), "utf8"))]),
    );
    const i18n = createInstance();
    void i18n.init({ lng: locale, fallbackLng: false, resources: { [locale]: resources }, initAsync: false, interpolation: { escapeValue: false } });
    t = i18n.t;
    instances.set(locale, t);
  }
  return t;
}

/**
 * The languages a message is written in: the person's, or — for a language the portal does not
 * speak yet — German (the office's language) and English, in that order.
 */
export const messageLocales = (language: string): Locale[] => (isLocale(language) ? [language] : ["de", "en"]);
