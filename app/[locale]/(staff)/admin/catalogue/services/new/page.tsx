import type { Metadata } from "next";
import Link from "next/link";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceForm } from "@/components/catalogue-admin/service-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { getT, localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("schedule:catalogue.newService") };
}

export default async function NewServicePage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "catalogue.manage");
  const t = await getT(locale);
  return (
    <StaffShell locale={locale} session={session}>
      <p className="mb-2">
        <Link href={`/${locale}/admin/catalogue`} className="text-brand-800 underline">{t("schedule:catalogue.back")}</Link>
      </p>
      <PageHeader title={t("schedule:catalogue.newService")} />
      <ServiceForm locale={locale} />
    </StaffShell>
  );
}
