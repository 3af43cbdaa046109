import Link from "next/link";
import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/settings";
import type { CatalogueOverview } from "@/lib/catalogue-admin/list-catalogue";
import { ClosureList } from "./closure-list";
import { CreateCounterForm } from "./create-counter-form";

type Props = { locale: Locale; t: TFunction; locations: CatalogueOverview["locations"] };

/** Each location with its counters (link to their page), its closures, and forms to add both. */
export function LocationList({ locale, t, locations }: Props) {
  return (
    <div className="flex flex-col gap-6">
      {locations.map((l) => (
        <section key={l.id} aria-labelledby={`loc-${l.id}`} className="rounded border border-slate-200 p-3">
          <h3 id={`loc-${l.id}`} className="font-semibold">
            {l.name}
            {!l.active && <span className="ms-2 text-sm font-normal text-slate-600">{t("schedule:catalogue.inactive")}</span>}
          </h3>
          <p className="mb-2 text-sm text-slate-700">{l.address}</p>
          <ul className="mb-3 flex flex-col gap-1">
            {l.counters.map((c) => (
              <li key={c.id}>
                <Link href={`/${locale}/admin/catalogue/counters/${c.id}`} className="text-brand-800 underline">{c.name}</Link>
                <span className="ms-2 text-sm text-slate-600">
                  {t("schedule:catalogue.counter.summary", { services: c.services, rules: c.rules })}
                  {!c.active && ` · ${t("schedule:catalogue.inactive")}`}
                </span>
              </li>
            ))}
          </ul>
          <CreateCounterForm locationId={l.id} locationName={l.name} />
          <h4 className="mt-4 font-medium">{t("schedule:catalogue.closure.title")}</h4>
          <ClosureList locale={locale} t={t} closures={l.closures} target={{ locationId: l.id }} />
        </section>
      ))}
    </div>
  );
}
