import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { CaseFileView } from "@/lib/cases/get-case-file";

/**
 * The lanes row-level security lets the reader see: the own lane, public lanes for public
 * bodies, an independent lane only with a consent. Only the own lane shows its assignee.
 */
export async function LaneList({ locale, view }: { locale: Locale; view: CaseFileView }) {
  const t = await getT(locale);
  return (
    <ul className="flex flex-col gap-1">
      {view.lanes.map((l) => (
        <li key={l.id}>
          <strong>{t(`common:lane.${l.lane}`)}</strong>
          {" · "}
          {t(`lane:file.lanes.status.${l.status}`)}
          {" · "}
          {t("lane:file.lanes.openedAt", { date: formatDate(locale, l.openedAt) })}
          {l.lane === view.lane && (
            <>
              {" · "}
              {l.assignedTo ? t("lane:file.lanes.assignedTo", { name: l.assignedTo.displayName }) : t("lane:file.lanes.unassigned")}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
