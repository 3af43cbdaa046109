import type { Metadata } from "next";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { SelectField, TextField } from "@/components/ui/field";
import { QueueStatisticsTable } from "@/components/steering/queue-statistics-table";
import { requireStaff } from "@/lib/auth/require-staff";
import { AppError } from "@/lib/errors";
import { getQueueStatistics } from "@/lib/steering/get-queue-statistics";
import { listReportLocations } from "@/lib/steering/list-report-locations";
import { reportInput } from "@/lib/steering/report-input";
import { DEFAULT_REPORT_DAYS, MAX_REPORT_DAYS, type QueueStatistics } from "@/lib/steering/queue-statistics-schemas";
import { SMALL_CELL } from "@/lib/steering/suppress-small-cells";
import { getT, localeFrom } from "@/lib/i18n/server";
import { formatBirthDate, formatNumber } from "@/lib/i18n/format";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("steering:queues.title") };
}

/** Waiting and service times per day, lane and service, for steering and lane leads, with a CSV download. */
export default async function QueueStatisticsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "steering.queues");
  const t = await getT(locale);
  const input = reportInput(await searchParams);
  const locations = await listReportLocations(session.actor);
  let report: QueueStatistics | null = null;
  let errors: Record<string, string[]> = {};
  try {
    report = await getQueueStatistics(session.actor, input, { locale });
  } catch (e) {
    if (!(e instanceof AppError && e.code === "VALIDATION")) throw e;
    errors = e.fieldErrors ?? {};
  }
  const csvQuery = report ? new URLSearchParams({ from: report.from, to: report.to, ...(report.locationId ? { location: report.locationId } : {}) }) : null;
  const lane = session.actor.role === "LANE_LEAD" && session.actor.lane ? t(`common:lane.${session.actor.lane}`) : null;

  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("steering:queues.title")} />
      <p className="mb-2 max-w-3xl">{lane ? t("steering:queues.introLane", { lane }) : t("steering:queues.intro")}</p>
      <p className="mb-2 max-w-3xl text-sm text-slate-700">{t("steering:queues.definitions")}</p>
      {report?.suppressed && (
        <p className="mb-6 max-w-3xl text-sm text-slate-700" data-testid="suppression-note">
          {t("steering:queues.suppression", { n: formatNumber(locale, SMALL_CELL) })}
        </p>
      )}
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label={t("steering:queues.form.label")}>
        <TextField type="date" name="from" label={t("steering:queues.form.from")} defaultValue={report?.from ?? input.from} errors={errors.from} />
        <TextField
          type="date"
          name="to"
          label={t("steering:queues.form.to")}
          defaultValue={report?.to ?? input.to}
          errors={errors.to}
          hint={t("steering:queues.form.hint", { count: DEFAULT_REPORT_DAYS, max: MAX_REPORT_DAYS })}
        />
        <SelectField
          name="location"
          label={t("steering:queues.form.location")}
          defaultValue={input.locationId ?? ""}
          errors={errors.locationId}
          options={[{ value: "", label: t("steering:queues.form.allLocations") }, ...locations.map((l) => ({ value: l.id, label: l.name }))]}
        />
        <button type="submit" className="min-h-11 rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
          {t("steering:queues.form.show")}
        </button>
      </form>
      {report && (
        <Section title={t("steering:queues.range", { from: formatBirthDate(locale, report.from), to: formatBirthDate(locale, report.to) })} id="queue-statistics-title">
          {csvQuery && (
            <p className="mb-3">
              <a href={`/${locale}/steering/queues/csv?${csvQuery}`} className="text-brand-800 underline" download>
                {t("steering:queues.csv.download")}
              </a>
            </p>
          )}
          {report.rows.length === 0 ? (
            <p>{t("steering:empty")}</p>
          ) : (
            <QueueStatisticsTable report={report} caption={t("steering:queues.caption")} locale={locale} t={t} />
          )}
        </Section>
      )}
    </StaffShell>
  );
}
