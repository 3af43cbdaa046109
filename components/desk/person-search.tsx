import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatBirthDate } from "@/lib/i18n/format";
import { PersonName } from "./person-name";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { PersonSummary } from "@/lib/persons/schemas";

type Props = { locale: Locale; q: string; results: PersonSummary[] | null; errorKey?: string };

/** A plain GET form (works without JavaScript, bookmarkable) and its results. */
export async function PersonSearch({ locale, q, results, errorKey }: Props) {
  const t = await getT(locale);
  return (
    <div className="flex flex-col gap-4">
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-72 flex-1 flex-col gap-1">
          <label htmlFor="desk-q" className="font-medium">
            {t("desk:search.label")}
          </label>
          <p id="desk-q-hint" className="text-sm text-slate-600">
            {t("desk:search.hint")}
          </p>
          <input
            id="desk-q"
            name="q"
            type="search"
            defaultValue={q}
            dir="auto"
            autoComplete="off"
            aria-describedby={errorKey ? "desk-q-hint desk-q-error" : "desk-q-hint"}
            aria-invalid={errorKey ? true : undefined}
            className="min-h-11 rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <Button type="submit">{t("desk:search.submit")}</Button>
      </form>
      {errorKey && (
        <p id="desk-q-error" role="alert" className="text-red-700">
          {t(errorKey)}
        </p>
      )}
      {results && results.length === 0 && <p role="status">{t("desk:search.none")}</p>}
      {results && results.length > 0 && (
        <table className="w-full border-collapse text-start" data-testid="search-results">
          <caption className="mb-2 text-start font-medium" role="status">
            {t("desk:search.results", { count: results.length })}
          </caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2 text-start">{t("desk:search.col.name")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:search.col.birthDate")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:search.col.fileNumber")}</th>
              <th scope="col" className="p-2 text-start">{t("desk:search.col.district")}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.personId} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-start font-normal">
                  <PersonName p={r} />
                </th>
                <td className="p-2">{formatBirthDate(locale, r.birthDate)}</td>
                <td className="p-2">
                  <Link href={`/${locale}/desk/files/${encodeURIComponent(r.fileNumber)}`} className="text-brand-800 underline">
                    {r.fileNumber}
                  </Link>
                </td>
                <td className="p-2">{r.district ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
