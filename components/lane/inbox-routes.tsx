import { getT } from "@/lib/i18n/server";
import { formatDateTime, formatPersonName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { Inbox } from "@/lib/lanes/list-inbox";
import { acceptRouteAction } from "@/lib/lanes/actions";
import { ActionButton } from "./action-button";
import { FileLink } from "./file-link";
import { topicLabel } from "./topic-label";

/** New requests routed to the lane and not yet accepted, oldest first. */
export async function InboxRoutes({ locale, routes }: { locale: Locale; routes: Inbox["routes"] }) {
  const t = await getT(locale);
  if (routes.length === 0) return <p>{t("lane:inbox.routes.empty")}</p>;
  return (
    <table className="w-full text-start">
      <thead>
        <tr>
          <th scope="col" className="text-start">{t("lane:inbox.person")}</th>
          <th scope="col" className="text-start">{t("lane:inbox.fileNumber")}</th>
          <th scope="col" className="text-start">{t("lane:inbox.routes.topic")}</th>
          <th scope="col" className="text-start">{t("lane:inbox.routes.routedAt")}</th>
          <th scope="col" className="text-start">{t("lane:inbox.routes.action")}</th>
        </tr>
      </thead>
      <tbody>
        {routes.map((r) => (
          <tr key={r.id} className="border-t border-slate-200 align-top">
            <th scope="row" id={`route-${r.id}`} className="py-2 text-start font-normal">
              {r.file ? <bdi>{formatPersonName(r.file.person)}</bdi> : "—"}
            </th>
            <td>{r.file && <FileLink locale={locale} fileNumber={r.file.fileNumber} />}</td>
            <td>{topicLabel(t, r.request.topic)}</td>
            <td>{formatDateTime(locale, r.routedAt)}</td>
            <td>
              <ActionButton action={acceptRouteAction} fields={{ routeId: r.id }} label={t("lane:inbox.routes.accept")} describedBy={`route-${r.id}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
