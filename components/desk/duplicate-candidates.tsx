"use client";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import type { PersonSummary } from "@/lib/persons/schemas";
import { formatBirthDate } from "@/lib/i18n/format";
import { PersonName } from "./person-name";
import { isLocale } from "@/lib/i18n/settings";

/** The duplicate warning: possible matches with links to their files, and the explicit override. */
export function DuplicateCandidates({ locale, candidates }: { locale: string; candidates: PersonSummary[] }) {
  const { t } = useTranslation();
  const lng = isLocale(locale) ? locale : "de";
  return (
    <div role="alert" className="rounded border-2 border-amber-700 bg-amber-50 p-4" data-testid="duplicates">
      <h3 className="mb-1 font-semibold">{t("desk:register.duplicates.title")}</h3>
      <p className="mb-2">{t("desk:register.duplicates.intro")}</p>
      <ul className="mb-3 flex flex-col gap-1">
        {candidates.map((c) => (
          <li key={c.personId}>
            <PersonName p={c} /> · {formatBirthDate(lng, c.birthDate)}
            {c.district ? ` · ${c.district}` : ""} ·{" "}
            <Link href={`/${locale}/desk/files/${encodeURIComponent(c.fileNumber)}`} className="text-brand-800 underline">
              {t("desk:register.duplicates.open", { fileNumber: c.fileNumber })}
            </Link>
          </li>
        ))}
      </ul>
      <div className="flex items-start gap-2">
        <input id="desk-confirm-duplicate" type="checkbox" name="confirmDuplicate" value="true" className="mt-1 size-5" />
        <label htmlFor="desk-confirm-duplicate">{t("desk:register.duplicates.confirm")}</label>
      </div>
    </div>
  );
}
