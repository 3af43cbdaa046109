import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/public-shell";
import { formatWhen } from "@/components/booking/booking-summary";
import { DetailsForm } from "@/components/booking/details-form";
import { HoldCountdown } from "@/components/booking/hold-countdown";
import { StepIndicator } from "@/components/booking/step-indicator";
import { formatSlotTime } from "@/components/catalogue/format";
import { getHold } from "@/lib/booking/get-hold";
import { getT, localeFrom } from "@/lib/i18n/server";
import { loadService } from "../load-service";

type Params = Promise<{ locale: string; code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("booking:flow.stepDetails") };
}

/**
 * Step 3: the held time, how long it stays held, and the details form with the browser check.
 * A hold that ran out (or an unknown code) sends the person back to choose a time.
 */
export default async function DetailsPage({ params, searchParams }: { params: Params; searchParams: Promise<{ hold?: string }> }) {
  const locale = await localeFrom(params);
  const { code } = await params;
  const t = await getT(locale);
  const service = await loadService(code, locale);
  const hold = await getHold((await searchParams).hold ?? "");
  const chooseAgain = `/${locale}/book/${service.code}`;

  return (
    <PublicShell locale={locale}>
      <StepIndicator locale={locale} current={3} back={{ 1: `/${locale}/services/${service.code}`, 2: chooseAgain }} />
      <h1 className="mb-2 text-3xl font-semibold">{t("booking:details.title")}</h1>
      <p className="mb-4 text-lg" lang={service.textLocale === locale ? undefined : service.textLocale}>
        {service.name}
      </p>
      {hold && hold.serviceCode === service.code ? (
        <>
          <div className="mb-6 rounded border border-brand-700 bg-brand-50 p-3">
            <p className="font-medium" data-testid="held-time">
              {t("booking:flow.chosen", formatWhen(locale, hold.startsAt))}
            </p>
            <HoldCountdown
              expiresAt={hold.holdExpiresAt}
              clock={formatSlotTime(locale, hold.holdExpiresAt)}
              initialMinutes={Math.max(1, Math.ceil((Date.parse(hold.holdExpiresAt) - Date.now()) / 60_000))}
              chooseAgainHref={chooseAgain}
            />
          </div>
          <DetailsForm locale={locale} holdCode={hold.code} chooseAgainHref={chooseAgain} />
        </>
      ) : (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <p className="mb-2">{t("booking:error.holdExpired")}</p>
          <Link href={chooseAgain} className="font-medium underline">
            {t("booking:flow.chooseAgain")}
          </Link>
        </div>
      )}
    </PublicShell>
  );
}
