import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceForm } from "@/components/catalogue-admin/service-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { AppError } from "@/lib/errors";
import { getT, localeFrom } from "@/lib/i18n/server";
import { getServiceForEdit } from "@/lib/catalogue-admin/get-service-for-edit";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: (await getT(await localeFrom(params)))("schedule:catalogue.editService", { code: decodeURIComponent(code) }) };
}

export default async function EditServicePage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "catalogue.manage");
  const t = await getT(locale);
  const code = decodeURIComponent((await params).code);
  const service = await getServiceForEdit(session.actor, code).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <StaffShell locale={locale} session={session}>
      <p className="mb-2">
        <Link href={`/${locale}/admin/catalogue`} className="text-brand-800 underline">{t("schedule:catalogue.back")}</Link>
      </p>
      <PageHeader title={t("schedule:catalogue.editService", { code: service.code })} />
      {service.allocation === "DRAW" && <p className="mb-4">{t("schedule:catalogue.service.byDraw")}</p>}
      <ServiceForm locale={locale} service={service} />
    </StaffShell>
  );
}
