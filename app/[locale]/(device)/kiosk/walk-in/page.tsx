import type { Metadata } from "next";
import { KioskFrame } from "@/components/kiosk/kiosk-frame";
import { KioskWalkIn, type WalkInService } from "@/components/kiosk/kiosk-walk-in";
import { requireDevice } from "@/lib/devices/require-device";
import { kioskIdleSeconds } from "@/lib/kiosk/config";
import { AGE_GROUPS, NEEDS, needsAge, servicesForNeed } from "@/lib/catalogue/need-finder";
import { listServices } from "@/lib/catalogue/list-services";
import { getT, localeFrom } from "@/lib/i18n/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/settings";

type Props = { params: Promise<{ locale: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("kiosk:walkIn.heading"), robots: { index: false } };
}

const PICTOGRAM: Record<string, string> = {
  permitExpires: "permit-expires", cardReady: "card-ready", family: "family", visitor: "visitor", citizenship: "citizenship",
  money: "money", settleIn: "settle-in", advice: "advice", young: "age-young", adult: "age-adult",
};
const pictogram = (key: string) => `/pictograms/${PICTOGRAM[key]}.svg`;

/**
 * Walk-in triage. The need finder's answers are resolved to service names here, for every
 * need (and age group where it matters), so the client walks through the questions offline.
 */
export default async function KioskWalkInPage({ params }: Props) {
  const locale = await localeFrom(params);
  await requireDevice("KIOSK");
  const t = await getT(locale);
  const all = await listServices({ locale });
  const named = (codes: string[]): WalkInService[] => codes.flatMap((c) => all.filter((s) => s.code === c).map((s) => ({ code: s.code, name: s.name })));
  const services: Record<string, WalkInService[]> = {};
  for (const need of NEEDS) {
    services[need] = named(servicesForNeed(need));
    if (needsAge(need)) for (const age of AGE_GROUPS) services[`${need}:${age}`] = named(servicesForNeed(need, age));
  }
  return (
    <KioskFrame idleSeconds={kioskIdleSeconds()} resetHref={`/${DEFAULT_LOCALE}/kiosk`} lang={locale}>
      <KioskWalkIn
        locale={locale}
        startHref={`/${DEFAULT_LOCALE}/kiosk`}
        needs={NEEDS.map((n) => ({ value: n, label: t(`catalogue:needFinder.need.${n}`), pictogram: pictogram(n) }))}
        ages={AGE_GROUPS.map((a) => ({ value: a, label: t(`catalogue:needFinder.age.${a}`), pictogram: pictogram(a) }))}
        agedNeeds={NEEDS.filter(needsAge)}
        services={services}
      />
    </KioskFrame>
  );
}
