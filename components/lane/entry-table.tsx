import { getT } from "@/lib/i18n/server";
import { formatBirthDate as formatCalendarDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { CaseFileView } from "@/lib/cases/get-case-file";
import { completeTaskAction } from "@/lib/lanes/actions";
import { ActionButton } from "./action-button";

type Entry = CaseFileView["entries"][number];

/**
 * Entries of one lane. Own entries may get a "done" button for open tasks; entries shared by
 * consent are passed with `readOnly` and never get one (the use case would refuse anyway).
 */
export async function EntryTable({ locale, entries, readOnly, caption }: { locale: Locale; entries: Entry[]; readOnly: boolean; caption: string }) {
  const t = await getT(locale);
  return (
    <table className="w-full text-start">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-start">{t("lane:entry.title")}</th>
          <th scope="col" className="text-start">{t("lane:entry.kind.label")}</th>
          <th scope="col" className="text-start">{t("lane:entry.category")}</th>
          <th scope="col" className="text-start">{t("lane:entry.sensitivity.label")}</th>
          <th scope="col" className="text-start">{t("lane:entry.createdAt")}</th>
          <th scope="col" className="text-start">{t("lane:entry.taskState")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-t border-slate-200 align-top">
            <th scope="row" id={`entry-${e.id}`} className="py-2 text-start font-normal">
              <span className="font-medium">{e.title}</span>
              {e.body && <p className="whitespace-pre-line text-sm">{e.body}</p>}
            </th>
            <td>{t(`lane:entry.kind.${e.kind}`)}</td>
            <td>{t(`common:category.${e.category}`)}</td>
            <td>{t(`lane:entry.sensitivity.${e.sensitivity}`)}</td>
            <td>{formatDateTime(locale, e.createdAt)}</td>
            <td>
              {e.kind === "TASK" && e.dueDate && <p>{t("lane:entry.dueOn", { date: formatCalendarDate(locale, e.dueDate) })}</p>}
              {e.kind === "TASK" && e.doneAt && <p>{t("lane:entry.doneOn", { date: formatDateTime(locale, e.doneAt) })}</p>}
              {e.kind === "TASK" && !e.doneAt && !readOnly && (
                <ActionButton action={completeTaskAction} fields={{ entryId: e.id }} label={t("lane:entry.markDone")} describedBy={`entry-${e.id}`} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
