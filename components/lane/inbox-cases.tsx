import { getT } from "@/lib/i18n/server";
import { formatDate, formatPersonName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { Inbox } from "@/lib/lanes/list-inbox";
import { FileLink } from "./file-link";

/** Open lanes assigned to the signed-in caseworker, newest first. */
export async function InboxCases({ locale, cases }: { locale: Locale; cases: Inbox["cases"] }) {
  const t = await getT(locale);
  if (cases.length === 0) return <p>{t("lane:inbox.cases.empty")}</p>;
  return (
    <table className="w-full text-start">
      <thead>
        <tr>
          <th scope="col" className="text-start">{t("lane:inbox.person")}</th>
          <th scope="col" className="text-start">{t("lane:inbox.fileNumber")}</th>
          <th scope="col" className="text-start">{t("lane:inbox.cases.openedAt")}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.id} className="border-t border-slate-200">
            <th scope="row" className="py-2 text-start font-normal">
              {c.file ? <bdi>{formatPersonName(c.file.person)}</bdi> : "—"}
            </th>
            <td>{c.file && <FileLink locale={locale} fileNumber={c.file.fileNumber} />}</td>
            <td>{formatDate(locale, c.openedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
