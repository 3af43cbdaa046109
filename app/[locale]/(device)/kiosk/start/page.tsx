import type { Metadata } from "next";
import { KioskFrame } from "@/components/kiosk/kiosk-frame";
import { StartChoice } from "@/components/kiosk/start-choice";
import { requireDevice } from "@/lib/devices/require-device";
import { kioskIdleSeconds } from "@/lib/kiosk/config";
import { getT, localeFrom } from "@/lib/i18n/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/settings";

type Props = { params: Promise<{ locale: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("kiosk:start.heading"), robots: { index: false } };
}

/** With or without an appointment: the two ways on from the language choice. */
export default async function KioskStartPage({ params }: Props) {
  const locale = await localeFrom(params);
  await requireDevice("KIOSK");
  const t = await getT(locale);
  return (
    <KioskFrame idleSeconds={kioskIdleSeconds()} resetHref={`/${DEFAULT_LOCALE}/kiosk`} lang={locale}>
      <h1 className="mb-8 text-4xl font-semibold">{t("kiosk:start.heading")}</h1>
      <div className="grid gap-6">
        <StartChoice href={`/${locale}/kiosk/check-in`} pictogram="appointment" label={t("kiosk:start.appointment")} hint={t("kiosk:start.appointmentHint")} />
        <StartChoice href={`/${locale}/kiosk/walk-in`} pictogram="walkIn" label={t("kiosk:start.walkIn")} hint={t("kiosk:start.walkInHint")} />
      </div>
      <p className="mt-10">
        <a href={`/${locale}/kiosk`} className="inline-flex min-h-16 items-center rounded border-2 border-brand-700 bg-white px-8 text-xl font-medium text-brand-800">
          {t("kiosk:start.language")}
        </a>
      </p>
    </KioskFrame>
  );
}
