import { getT } from "@/lib/i18n/server";
import { formatBirthDate as formatCalendarDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { Inbox } from "@/lib/lanes/list-inbox";
import { FileLink } from "./file-link";

/** Open tasks of the lane due soon, earliest first; overdue ones say so in words, not colour only. */
export async function InboxTasks({ locale, tasks }: { locale: Locale; tasks: Inbox["tasks"] }) {
  const t = await getT(locale);
  if (tasks.length === 0) return <p>{t("lane:inbox.tasks.empty")}</p>;
  return (
    <table className="w-full text-start">
      <thead>
        <tr>
          <th scope="col" className="text-start">{t("lane:inbox.tasks.due")}</th>
          <th scope="col" className="text-start">{t("lane:inbox.tasks.task")}</th>
          <th scope="col" className="text-start">{t("lane:entry.category")}</th>
          <th scope="col" className="text-start">{t("lane:inbox.fileNumber")}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id} className="border-t border-slate-200">
            <td className="py-2">
              {/* due dates are calendar dates: formatted in UTC like dates of birth */}
              {task.dueDate && formatCalendarDate(locale, task.dueDate)}
              {task.overdue && <strong className="ms-2 rounded bg-red-100 px-1 text-red-900">{t("lane:inbox.tasks.overdue")}</strong>}
            </td>
            <th scope="row" className="text-start font-normal">
              {task.title}
              {task.sensitivity === "HIGH" && <span className="ms-2 text-sm">({t("lane:entry.sensitivity.HIGH")})</span>}
            </th>
            <td>{t(`common:category.${task.category}`)}</td>
            <td>{task.file && <FileLink locale={locale} fileNumber={task.file.fileNumber} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
