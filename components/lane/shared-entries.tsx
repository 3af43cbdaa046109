import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { CaseFileView } from "@/lib/cases/get-case-file";
import { EntryTable } from "./entry-table";

type Entry = CaseFileView["entries"][number];

/**
 * Entries another lane shares by consent: grouped per consent, each group names the source
 * institution, the consent's purpose and expiry. Read-only (DESIGN.md §3 rule 1).
 */
export async function SharedEntries({ locale, entries }: { locale: Locale; entries: Entry[] }) {
  const t = await getT(locale);
  const groups = new Map<string, { consent: NonNullable<Entry["sharedByConsent"]>; entries: Entry[] }>();
  for (const e of entries) {
    if (!e.sharedByConsent) continue;
    const g = groups.get(e.sharedByConsent.id) ?? { consent: e.sharedByConsent, entries: [] };
    g.entries.push(e);
    groups.set(e.sharedByConsent.id, g);
  }
  return (
    <div className="flex flex-col gap-6">
      {[...groups.values()].map(({ consent, entries: list }) => {
        const source = t(`common:lane.${consent.fromLane}`);
        return (
          <div key={consent.id} className="rounded border-s-4 border-amber-600 bg-amber-50 p-3" data-testid="shared-group">
            <h3 className="font-semibold">{t("lane:shared.source", { lane: source })}</h3>
            <p className="text-sm">
              {t("lane:shared.consent", { purpose: consent.purpose, date: formatDate(locale, consent.expiresAt) })}
            </p>
            <EntryTable locale={locale} entries={list} readOnly caption={t("lane:shared.source", { lane: source })} />
          </div>
        );
      })}
    </div>
  );
}
