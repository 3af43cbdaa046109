import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getStaffSession } from "@/lib/auth/staff-session";
import { toAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";
import { getQueueStatistics } from "@/lib/steering/get-queue-statistics";
import { queueStatisticsCsv } from "@/lib/steering/queue-statistics-csv";
import { reportInput } from "@/lib/steering/report-input";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The queue report as CSV for Excel, with the page's authorization: anonymous → login, no
 * permission → 404 (outsiders learn nothing), and the lane/suppression rules of the use case.
 * The download is audited as an export.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getT(isLocale(locale) ? locale : "de");
  if (!isLocale(locale)) return plain(404, t("errors:notFound"));
  const session = await getStaffSession();
  if (!session) redirect(`/${locale}/login`);
  if (session.mustEnrolTotp || !can(session.actor.role, "steering.queues")) return plain(404, t("errors:notFound"));
  try {
    const report = await getQueueStatistics(session.actor, reportInput(request.nextUrl.searchParams), { locale, audit: "export" });
    return new Response(queueStatisticsCsv(report, t, locale), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="queue-statistics_${report.from}_${report.to}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "INTERNAL") console.error(e);
    return plain(err.status, t(err.code === "VALIDATION" ? "steering:queues.error.invalid" : err.messageKey));
  }
}
