import type { Metadata } from "next";
import { KioskFrame } from "@/components/kiosk/kiosk-frame";
import { requireDevice } from "@/lib/devices/require-device";
import { kioskIdleSeconds } from "@/lib/kiosk/config";
import { getT, localeFrom } from "@/lib/i18n/server";
import { directionOf, LANGUAGE_NAMES, LOCALES } from "@/lib/i18n/settings";

type Props = { params: Promise<{ locale: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("kiosk:title"), robots: { index: false } };
}

/**
 * The kiosk's first screen: every language named in its own script (no flags), big targets.
 * Choosing one opens the start screen under that language's route, so <html lang dir> follow.
 */
export default async function KioskLanguagePage({ params }: Props) {
  const locale = await localeFrom(params);
  await requireDevice("KIOSK");
  const t = await getT(locale);
  return (
    <KioskFrame idleSeconds={kioskIdleSeconds()} resetHref={null} lang={locale}>
      <h1 className="mb-8 text-4xl font-semibold">{t("kiosk:picker.heading")}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {LOCALES.map((l) => (
          <li key={l}>
            <a href={`/${l}/kiosk/start`} lang={l} dir={directionOf(l)} hrefLang={l}
              className="flex min-h-24 items-center justify-center rounded-lg border-4 border-brand-700 bg-white p-4 text-4xl font-semibold text-brand-900 hover:bg-brand-50">
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </KioskFrame>
  );
}
