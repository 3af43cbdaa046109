import type { CaseFileView } from "@/lib/cases/get-case-file";
import { isIndependentLane } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/settings";
import { isTopic } from "@/lib/requests/topics";
import { RouteRequestForm } from "./route-request-form";

type Requests = CaseFileView["requests"];

/** The requests the front desk may see, with their visible routes; open ones can be routed here. */
export async function FileRequests({ locale, requests, birthDate }: { locale: Locale; requests: Requests; birthDate: string }) {
  const t = await getT(locale);
  const topicLabel = (topic: string) => (isTopic(topic) ? t(`desk:topic.${topic}`) : topic);
  const list = new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" });
  const open = requests.filter((r) => r.status === "OPEN" && isTopic(r.topic));
  return (
    <>
      <p className="mb-3 text-sm text-slate-700">{t("desk:file.requestsNote")}</p>
      {requests.length === 0 ? (
        <p>{t("desk:file.requestsNone")}</p>
      ) : (
        <table className="w-full border-collapse" data-testid="file-requests">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2 text-start">{t("desk:file.col.date")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:file.col.topic")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:file.col.channel")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:file.col.summary")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:file.col.status")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:file.col.routedTo")}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="p-2">{formatDateTime(locale, r.createdAt)}</td>
                <th scope="row" className="p-2 text-start font-normal">{topicLabel(r.topic)}</th>
                <td className="p-2">{t(`desk:channel.${r.channel}`)}</td>
                <td className="p-2" dir="auto">{r.summary}</td>
                <td className="p-2">{t(`desk:status.${r.status}`)}</td>
                <td className="p-2">
                  {r.externalReferral
                    ? t(`desk:external.${r.externalReferral}`)
                    : list.format(r.routes.filter((x) => !isIndependentLane(x.lane)).map((x) => t(`common:lane.${x.lane}`)))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open.map((r) => (
        <section key={r.id} aria-labelledby={`open-${r.id}`} className="mt-4 rounded border border-slate-300 p-3">
          <h3 id={`open-${r.id}`} className="mb-2 font-semibold">
            {t("desk:file.openRequest", { topic: topicLabel(r.topic), date: formatDateTime(locale, r.createdAt) })}
          </h3>
          {isTopic(r.topic) && <RouteRequestForm requestId={r.id} topic={r.topic} birthDate={birthDate} />}
        </section>
      ))}
    </>
  );
}
