import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** What to bring, as a checklist; unknown keys (added by an admin later) are shown as they are. */
export async function DocumentChecklist({ locale, documents }: { locale: Locale; documents: string[] }) {
  const t = await getT(locale);
  if (documents.length === 0) return <p>{t("catalogue:detail.noDocuments")}</p>;
  return (
    <>
      <p className="mb-3">{t("catalogue:detail.documentsHint")}</p>
      <ul className="list-inside list-disc space-y-1 ps-1">
        {documents.map((key) => (
          <li key={key}>{t(`catalogue:document.${key}`, { defaultValue: key })}</li>
        ))}
      </ul>
    </>
  );
}
