import { isIndependentLane } from "@/lib/auth/actor";
import type { CaseFileView } from "@/lib/cases/get-case-file";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/**
 * Which of the city's services are involved. Row-level security already hides MBE/JMD lanes
 * from the front desk; the filter here only keeps this view honest if that ever changed.
 */
export async function FileLanes({ locale, lanes }: { locale: Locale; lanes: CaseFileView["lanes"] }) {
  const t = await getT(locale);
  const publicLanes = lanes.filter((l) => !isIndependentLane(l.lane));
  return (
    <>
      <p className="mb-3 text-sm text-slate-700">{t("desk:file.lanesIntro")}</p>
      {publicLanes.length === 0 ? (
        <p>{t("desk:file.lanesNone")}</p>
      ) : (
        <table className="w-full border-collapse" data-testid="file-lanes">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2 text-start">{t("desk:file.laneCol")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:file.statusCol")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:file.sinceCol")}</th>
            </tr>
          </thead>
          <tbody>
            {publicLanes.map((l) => (
              <tr key={l.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-start font-normal">{t(`common:lane.${l.lane}`)}</th>
                <td className="p-2">{t(`desk:laneStatus.${l.status}`)}</td>
                <td className="p-2">{formatDate(locale, l.status === "CLOSED" && l.closedAt ? l.closedAt : l.openedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
