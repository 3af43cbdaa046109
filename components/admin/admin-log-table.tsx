import type { TFunction } from "i18next";
import type { AdminLogRow } from "@/lib/admin/list-admin-log";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";

/** Admin changes and sign-in events, newest first. Unknown action codes are shown as they are. */
export function AdminLogTable({ rows, locale, t }: { rows: AdminLogRow[]; locale: Locale; t: TFunction }) {
  const cell = "px-3 py-2 text-start align-top";
  if (rows.length === 0) return <p>{t("admin:log.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" data-testid="admin-log">
        <caption className="mb-2 text-start font-semibold">{t("admin:log.caption", { count: rows.length })}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className={cell}>{t("admin:log.time")}</th>
            <th scope="col" className={cell}>{t("admin:log.event")}</th>
            <th scope="col" className={cell}>{t("admin:log.by")}</th>
            <th scope="col" className={cell}>{t("admin:log.target")}</th>
            <th scope="col" className={cell}>{t("admin:log.ip")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <td className={`${cell} whitespace-nowrap`}>{formatDateTime(locale, r.occurredAt)}</td>
              <td className={cell}>{t(`admin:action.${r.action.replaceAll(".", "_")}`, { defaultValue: r.action })}</td>
              <td className={cell}>
                {r.actor ? (
                  <bdi>{r.actor}</bdi>
                ) : r.attemptedEmail ? (
                  <>
                    <span className="block">{t("admin:log.unknownAccount")}</span>
                    <bdi>{r.attemptedEmail}</bdi>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className={cell}>{r.target ? <bdi>{r.target}</bdi> : "—"}</td>
              <td className={cell}>{r.ip ? <bdi>{r.ip}</bdi> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
