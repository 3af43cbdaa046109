import type { TFunction } from "i18next";
import type { Figure } from "@/lib/steering/suppress-small-cells";
import type { QueueStatistics } from "@/lib/steering/queue-statistics-schemas";
import { formatBirthDate } from "@/lib/i18n/format";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/settings";
import { FigureText } from "./figure-cell";

type Props = { report: QueueStatistics; caption: string; locale: Locale; t: TFunction };

/**
 * The queue report: one row per day × lane × service, the day and queue as row headers (a
 * screen reader names both for every number), counts and durations aligned at the end.
 */
export function QueueStatisticsTable({ report, caption, locale, t }: Props) {
  const minutes = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "unit", unit: "minute", unitDisplay: "short", maximumFractionDigits: 1 });
  const num = "px-3 py-2 text-end tabular-nums";
  const count = (f: Figure) => <FigureText figure={f} locale={locale} t={t} />;
  const duration = (f: Figure | null) =>
    f === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t("steering:queues.notMeasured")}</span>
      </>
    ) : "value" in f ? (
      minutes.format(f.value / 60)
    ) : (
      count(f)
    );
  const columns = [
    t("steering:queues.column.issued"),
    t("steering:queues.column.called"),
    t("steering:queues.column.served"),
    t("steering:queues.column.noShows"),
    t("steering:queues.column.transfersOut"),
    t("steering:queues.column.waitMedian"),
    t("steering:queues.column.waitP90"),
    t("steering:queues.column.serviceMedian"),
  ];
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" data-testid="queue-statistics">
        <caption className="mb-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="px-3 py-2 text-start">
              {t("steering:queues.column.day")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("steering:queues.column.queue")}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-end">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={`${r.day}-${r.lane}-${r.serviceId ?? ""}`} className="border-b border-slate-200">
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-start font-normal">
                <time dateTime={r.day}>{formatBirthDate(locale, r.day)}</time>
              </th>
              <th scope="row" className="px-3 py-2 text-start font-normal">
                {t(`common:lane.${r.lane}`)} · {r.serviceName ?? t("steering:queues.generalQueue")}
              </th>
              <td className={num}>{count(r.issued)}</td>
              <td className={num}>{count(r.called)}</td>
              <td className={num}>{count(r.served)}</td>
              <td className={num}>{count(r.noShows)}</td>
              <td className={num}>{count(r.transfersOut)}</td>
              <td className={num}>{duration(r.waitMedianSeconds)}</td>
              <td className={num}>{duration(r.waitP90Seconds)}</td>
              <td className={num}>{duration(r.serviceMedianSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
