import type { TFunction } from "i18next";
import type { QueueOverview } from "@/lib/queue/schemas";

/** Per queue: waiting, longest wait, open counters, today's no-shows and finished — counts, never names. */
export function OverviewTable({ t, overview }: { t: TFunction; overview: QueueOverview }) {
  if (overview.queues.length === 0) return <p>{t("console:overview.noQueues")}</p>;
  return (
    <table className="w-full border-collapse text-start" data-testid="queue-overview">
      <caption className="sr-only">{t("console:overview.caption")}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="p-2 text-start">{t("console:overview.queue")}</th>
          <th scope="col" className="p-2 text-start">{t("console:overview.lane")}</th>
          <th scope="col" className="p-2 text-end">{t("console:overview.waiting")}</th>
          <th scope="col" className="p-2 text-end">{t("console:overview.longestWait")}</th>
          <th scope="col" className="p-2 text-start">{t("console:overview.openCounters")}</th>
          <th scope="col" className="p-2 text-end">{t("console:overview.noShows")}</th>
          <th scope="col" className="p-2 text-end">{t("console:overview.done")}</th>
        </tr>
      </thead>
      <tbody>
        {overview.queues.map((q) => (
          <tr key={q.queueId} className="border-b border-slate-200" data-testid={`overview-${q.code}`}>
            <th scope="row" className="p-2 text-start font-medium">
              {q.code} · {q.name}
            </th>
            <td className="p-2">{t(`common:lane.${q.lane}`)}</td>
            <td className="p-2 text-end" data-testid="waiting">{q.waiting}</td>
            <td className="p-2 text-end">{t("console:minutes", { count: q.longestWaitMinutes })}</td>
            <td className="p-2">{q.openCounters.length ? q.openCounters.join(", ") : t("console:none")}</td>
            <td className="p-2 text-end">{q.noShowsToday}</td>
            <td className="p-2 text-end">{q.doneToday}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
