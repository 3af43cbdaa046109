import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/public-shell";
import { BookingFileLinks } from "@/components/booking/booking-file-links";
import { BookingSummary } from "@/components/booking/booking-summary";
import { StepIndicator } from "@/components/booking/step-indicator";
import { DocumentChecklist } from "@/components/catalogue/document-checklist";
import { Section } from "@/components/ui/page-header";
import { TIME_ZONE } from "@/lib/availability/berlin-time";
import { manageUrl, publicBaseUrl } from "@/lib/booking/manage-link";
import { getService } from "@/lib/catalogue/get-service";
import { qrSvg } from "@/lib/receipts/qr";
import { getT, localeFrom } from "@/lib/i18n/server";
import { INTL_LOCALE } from "@/lib/i18n/settings";
import { loadBooking } from "../../booking/load-booking";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("booking:done.title") };
}

/**
 * Step 4: the booking code (what to note down), a QR code of the manage link (to scan at the
 * counter or keep on the phone), calendar file, receipt and what to bring.
 */
export default async function DonePage({ params, searchParams }: { params: Params; searchParams: Promise<{ t?: string }> }) {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  const loaded = await loadBooking((await searchParams).t);
  if (!loaded || "errorKey" in loaded) {
    return (
      <PublicShell locale={locale}>
        <h1 className="mb-4 text-3xl font-semibold">{t("booking:done.title")}</h1>
        <p role="alert">{t(loaded?.errorKey ?? "booking:error.notFound")}</p>
      </PublicShell>
    );
  }
  const { booking, token } = loaded;
  const service = await getService(booking.service.code, locale);
  const link = manageUrl(publicBaseUrl(), locale, booking.code, booking.person.birthDate);
  const qr = `data:image/svg+xml;utf8,${encodeURIComponent(await qrSvg(link))}`;
  const bookedAt = booking.bookedAt
    ? new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeStyle: "medium", timeZone: TIME_ZONE }).format(new Date(booking.bookedAt))
    : "";

  return (
    <PublicShell locale={locale}>
      <StepIndicator locale={locale} current={4} />
      <h1 className="mb-4 text-3xl font-semibold">{t("booking:done.title")}</h1>
      <div role="status" className="mb-6 rounded border border-green-700 bg-green-50 p-4 text-green-900">
        <p>{t("booking:done.confirmed")}</p>
      </div>
      <div className="mb-8 flex flex-wrap items-center gap-8">
        <div>
          <p className="font-medium" id="booking-code-label">
            {t("booking:done.codeLabel")}
          </p>
          <p aria-labelledby="booking-code-label" dir="ltr" className="font-mono text-4xl font-bold tracking-widest" data-testid="booking-code">
            {booking.code}
          </p>
          <p className="mt-2 max-w-sm text-sm text-slate-700">{t("booking:done.codeHint")}</p>
        </div>
        {/* a data URL made on the server: nothing for next/image to optimise */}
        <img src={qr} width={220} height={220} alt={t("booking:done.qrAlt", { code: booking.code })} />
      </div>
      <Section id="appointment" title={t("booking:done.appointment")}>
        <BookingSummary locale={locale} booking={booking} serviceName={service.name} />
        {bookedAt && <p className="mt-3 text-sm text-slate-700">{t("booking:done.bookedAt", { time: bookedAt })}</p>}
      </Section>
      <Section id="files" title={t("booking:done.files")}>
        <BookingFileLinks locale={locale} code={booking.code} token={token}>
          <li>
            <Link href={`/${locale}/booking?code=${encodeURIComponent(booking.code)}&t=${encodeURIComponent(token)}`} className="text-brand-800 underline">
              {t("booking:done.manage")}
            </Link>
          </li>
        </BookingFileLinks>
      </Section>
      <Section id="documents" title={t("booking:done.documents")}>
        <DocumentChecklist locale={locale} documents={booking.service.requiredDocuments} />
      </Section>
    </PublicShell>
  );
}
