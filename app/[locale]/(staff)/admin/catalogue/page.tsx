import type { Metadata } from "next";
import Link from "next/link";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { ServiceTable } from "@/components/catalogue-admin/service-table";
import { LocationList } from "@/components/catalogue-admin/location-list";
import { requireStaff } from "@/lib/auth/require-staff";
import { getT, localeFrom } from "@/lib/i18n/server";
import { listCatalogue } from "@/lib/catalogue-admin/list-catalogue";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("schedule:catalogue.title") };
}

/** The admin's catalogue: services, locations with counters, and closures. */
export default async function CataloguePage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "catalogue.manage");
  const t = await getT(locale);
  const catalogue = await listCatalogue(session.actor, locale);
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("schedule:catalogue.title")}>
        <Link href={`/${locale}/admin/catalogue/services/new`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("schedule:catalogue.newService")}
        </Link>
      </PageHeader>
      <Section title={t("schedule:catalogue.services")} id="catalogue-services">
        <ServiceTable locale={locale} t={t} services={catalogue.services} />
      </Section>
      <Section title={t("schedule:catalogue.locations")} id="catalogue-locations">
        <LocationList locale={locale} t={t} locations={catalogue.locations} />
      </Section>
    </StaffShell>
  );
}
