import type { Metadata } from "next";
import { KioskFrame } from "@/components/kiosk/kiosk-frame";
import { KioskCheckIn } from "@/components/kiosk/kiosk-check-in";
import { requireDevice } from "@/lib/devices/require-device";
import { kioskIdleSeconds } from "@/lib/kiosk/config";
import { getT, localeFrom } from "@/lib/i18n/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/settings";

type Props = { params: Promise<{ locale: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("kiosk:checkIn.heading"), robots: { index: false } };
}

/** Check-in for a booked appointment (QR code, booking code, or name — with the date of birth). */
export default async function KioskCheckInPage({ params }: Props) {
  const locale = await localeFrom(params);
  await requireDevice("KIOSK");
  return (
    <KioskFrame idleSeconds={kioskIdleSeconds()} resetHref={`/${DEFAULT_LOCALE}/kiosk`} lang={locale}>
      <KioskCheckIn locale={locale} startHref={`/${DEFAULT_LOCALE}/kiosk`} />
    </KioskFrame>
  );
}
