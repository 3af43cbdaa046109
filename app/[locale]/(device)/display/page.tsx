import type { Metadata } from "next";
import { WaitingRoomDisplay } from "@/components/display/waiting-room-display";
import type { AnnouncementTemplates } from "@/components/display/announcement-queue";
import type { Hint } from "@/components/display/rotating-hints";
import { requireDevice } from "@/lib/devices/require-device";
import { getT, localeFrom } from "@/lib/i18n/server";
import { directionOf, LOCALES } from "@/lib/i18n/settings";

type Props = { params: Promise<{ locale: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("display:title"), robots: { index: false } };
}

/**
 * The waiting-room display of the paired device's location (404 without a paired, unrevoked
 * DISPLAY device). Announcement sentences and hints come in every language: a call is spoken
 * in German and in the ticket's language, and the hints rotate through all of them.
 */
export default async function DisplayPage({ params }: Props) {
  const locale = await localeFrom(params);
  const device = await requireDevice("DISPLAY");
  const templates: AnnouncementTemplates = {};
  const hints: Hint[] = [];
  const perLanguage = await Promise.all(LOCALES.map(async (l) => [l, await getT(l)] as const));
  for (const [l, t] of perLanguage) {
    // raw templates: the client fills in number and counter
    templates[l] = {
      toCounter: t("display:announce.toCounter", { number: "{{number}}", counter: "{{counter}}" }),
      called: t("display:announce.called", { number: "{{number}}" }),
    };
  }
  for (const key of ["display:hint.ticketReady", "display:hint.watchScreen"] as const) {
    for (const [l, t] of perLanguage) hints.push({ lang: l, dir: directionOf(l), text: t(key) });
  }
  return <WaitingRoomDisplay locationId={device.locationId} templates={templates} hints={hints} />;
}
