import type { Metadata } from "next";
import Link from "next/link";
import { notFound as notFoundPage } from "next/navigation";
import { PublicShell } from "@/components/layout/public-shell";
import { Section } from "@/components/ui/page-header";
import { ServiceFacts } from "@/components/catalogue/service-facts";
import { DocumentChecklist } from "@/components/catalogue/document-checklist";
import { ServiceLocations } from "@/components/catalogue/service-locations";
import { SlotPicker } from "@/components/catalogue/slot-picker";
import { getService } from "@/lib/catalogue/get-service";
import { listSlots } from "@/lib/availability/list-slots";
import { addDays, berlinToday, isValidDate } from "@/lib/availability/berlin-time";
import { MAX_SLOT_DAYS, serviceCode, type ServiceView } from "@/lib/catalogue/schemas";
import { AppError } from "@/lib/errors";
import { getT, localeFrom } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

type Params = Promise<{ locale: string; code: string }>;

/** How many days with free times one page shows; "later dates" pages on from the last one. */
const DAYS_PER_PAGE = 5;

async function loadService(code: string, locale: Locale): Promise<ServiceView> {
  if (!serviceCode.safeParse(code).success) notFoundPage();
  try {
    return await getService(code, locale);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFoundPage();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { code } = await params;
  return { title: (await loadService(code, locale)).name };
}

/** One service: what it is, what to bring, where, and the next free appointments. */
export default async function ServicePage({ params, searchParams }: { params: Params; searchParams: Promise<{ from?: string }> }) {
  const locale = await localeFrom(params);
  const { code } = await params;
  const t = await getT(locale);
  const service = await loadService(code, locale);
  const lang = service.textLocale === locale ? undefined : service.textLocale;
  return (
    <PublicShell locale={locale}>
      <p className="mb-4">
        <Link href={`/${locale}/services`} className="text-brand-800 underline">
          {t("catalogue:detail.back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-semibold" lang={lang}>
        {service.name}
      </h1>
      <p className="mb-6 max-w-3xl text-lg" lang={lang}>
        {service.description}
      </p>
      <div className="mb-8">
        <ServiceFacts locale={locale} service={service} />
      </div>
      <Section id="documents" title={t("catalogue:detail.documents")}>
        <DocumentChecklist locale={locale} documents={service.requiredDocuments} />
      </Section>
      <Section id="locations" title={t("catalogue:detail.locations")}>
        <ServiceLocations locale={locale} locations={service.locations} />
      </Section>
      <Section id="slots" title={t("catalogue:detail.slots")}>
        <Appointments locale={locale} service={service} from={(await searchParams).from} />
      </Section>
    </PublicShell>
  );
}

async function Appointments({ locale, service, from }: { locale: Locale; service: ServiceView; from?: string }) {
  const t = await getT(locale);
  if (service.allocation === "DRAW") {
    return (
      <>
        <p className="mb-2">{t("catalogue:detail.draw")}</p>
        <Link href={`/${locale}/draw/${service.code}`} className="font-medium text-brand-800 underline">
          {t("draw:register.link")}
        </Link>
      </>
    );
  }
  if (service.bookingMode !== "ONLINE") return <p>{t(`catalogue:modeHint.${service.bookingMode}`)}</p>;
  const today = berlinToday();
  const start = from && isValidDate(from) && from > today ? from : today;
  const list = await listSlots({ code: service.code, from: start, days: MAX_SLOT_DAYS });
  const shown = list.days.slice(0, DAYS_PER_PAGE);
  const base = `/${locale}/services/${service.code}`;
  const later = list.days.length > DAYS_PER_PAGE ? `${base}?from=${addDays(shown[shown.length - 1].date, 1)}#slots` : undefined;
  const earlier = start > today ? `${base}#slots` : undefined;
  return (
    <SlotPicker
      locale={locale}
      days={shown}
      // the booking flow (issue 3 item 3) takes over from here with the chosen start time
      hrefFor={(slotStart) => `/${locale}/book/${service.code}?start=${encodeURIComponent(slotStart)}`}
      laterHref={later}
      earlierHref={earlier}
    />
  );
}
