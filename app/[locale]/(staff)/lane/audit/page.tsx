import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/require-staff";
import { getT, localeFrom } from "@/lib/i18n/server";
import { AUDIT_PAGE_SIZE, listLaneAudit } from "@/lib/lanes/list-lane-audit";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader } from "@/components/ui/page-header";
import { AuditTable } from "@/components/lane/audit-table";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("lane:audit.title") };
}

/** A lane lead's access log of the own lane, newest first, 50 rows a page. */
export default async function LaneAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "lane.audit");
  const t = await getT(locale);
  const requested = Number.parseInt((await searchParams).page ?? "1", 10);
  const result = await listLaneAudit(session.actor, { page: Number.isFinite(requested) && requested > 0 ? requested : 1 });
  const pageLink = (page: number) => `/${locale}/lane/audit?page=${page}`;
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("lane:audit.title")} />
      <p className="mb-4">{t("lane:audit.intro", { lane: t(`common:lane.${session.actor.lane}`), size: AUDIT_PAGE_SIZE })}</p>
      <AuditTable locale={locale} rows={result.rows} />
      <nav aria-label={t("lane:audit.pagination")} className="mt-4 flex gap-6">
        {result.page > 1 && (
          <Link href={pageLink(result.page - 1)} className="text-brand-800 underline">
            {t("lane:audit.newer")}
          </Link>
        )}
        <span>{t("lane:audit.page", { page: result.page })}</span>
        {result.hasNext && (
          <Link href={pageLink(result.page + 1)} className="text-brand-800 underline">
            {t("lane:audit.older")}
          </Link>
        )}
      </nav>
    </StaffShell>
  );
}
