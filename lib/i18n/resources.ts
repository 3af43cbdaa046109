import type { Resource } from "i18next";
import { NAMESPACES, type Locale } from "./settings";

/** Loads every namespace of one language (small JSON files, bundled by the dynamic import). */
export async function loadResources(locale: Locale): Promise<Resource> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../../locales/${locale}/${ns}.json`)).default] as const),
  );
  return { [locale]: Object.fromEntries(entries) };
}
