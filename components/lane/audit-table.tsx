import { getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { LaneAuditPage } from "@/lib/lanes/list-lane-audit";
import { FileLink } from "./file-link";

/** Actions with a label; anything else (e.g. a newer action) is shown as its code. */
const LABELLED_ACTIONS = new Set([
  "caseFile.read",
  "lane.read",
  "lane.read_shared",
  "lane.inbox",
  "laneEntry.create",
  "laneEntry.complete",
  "lane.close",
  "lane.assign",
  "route.accept",
  "request.route",
  "consent.grant",
  "consent.revoke",
  "referral.create",
  "retention.expire",
]);
const LABELLED_PURPOSES = new Set(["casework", "api", "consent", "retention"]);

export async function AuditTable({ locale, rows }: { locale: Locale; rows: LaneAuditPage["rows"] }) {
  const t = await getT(locale);
  if (rows.length === 0) return <p>{t("lane:audit.empty")}</p>;
  return (
    <table className="w-full text-start">
      <caption className="sr-only">{t("lane:audit.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-start">{t("lane:audit.time")}</th>
          <th scope="col" className="text-start">{t("lane:audit.actor")}</th>
          <th scope="col" className="text-start">{t("lane:audit.action")}</th>
          <th scope="col" className="text-start">{t("lane:audit.file")}</th>
          <th scope="col" className="text-start">{t("lane:audit.consent")}</th>
          <th scope="col" className="text-start">{t("lane:audit.purpose")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-200">
            <th scope="row" className="py-2 text-start font-normal">{formatDateTime(locale, r.occurredAt)}</th>
            <td>
              {r.actorName ?? t("lane:audit.unknownActor")}
              {r.actorRole && r.actorLane && (
                <span className="block text-sm">
                  {t("lane:audit.actorRole", { role: t(`common:role.${r.actorRole}`), lane: t(`common:lane.${r.actorLane}`) })}
                </span>
              )}
            </td>
            <td>{LABELLED_ACTIONS.has(r.action) ? t(`lane:audit.actions.${r.action.replaceAll(".", "_")}`) : <code>{r.action}</code>}</td>
            <td>
              {r.fileNumber ? (
                <FileLink locale={locale} fileNumber={r.fileNumber} />
              ) : (
                r.caseFileId && <abbr title={t("lane:audit.hiddenFile")} className="font-mono">{r.caseFileId.slice(0, 8)}</abbr>
              )}
            </td>
            <td className="font-mono text-sm">{r.consentId?.slice(0, 8)}</td>
            <td>{LABELLED_PURPOSES.has(r.purpose) ? t(`lane:audit.purposes.${r.purpose}`) : r.purpose}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
