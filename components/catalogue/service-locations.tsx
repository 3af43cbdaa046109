import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ServiceView } from "@/lib/catalogue/schemas";
import { formatMinute, weekdayName } from "./format";

/** Where the service is offered, each place with its weekly hours (one line per weekday). */
export async function ServiceLocations({ locale, locations }: { locale: Locale; locations: ServiceView["locations"] }) {
  const t = await getT(locale);
  if (locations.length === 0) return <p>{t("catalogue:detail.noLocations")}</p>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {locations.map((l) => {
        const weekdays = [...new Set(l.openingHours.map((h) => h.weekday))];
        return (
          <li key={l.code} className="rounded border border-slate-300 p-4">
            <h3 className="font-semibold">{l.name}</h3>
            <p className="text-sm text-slate-700">{t(`catalogue:locationKind.${l.kind}`)}</p>
            <p className="mb-3">{l.address}</p>
            <h4 className="mb-1 font-medium">{t("catalogue:detail.openingHours")}</h4>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
              {weekdays.map((w) => (
                <div key={w} className="contents">
                  <dt>{weekdayName(locale, w)}</dt>
                  <dd>
                    {l.openingHours
                      .filter((h) => h.weekday === w)
                      .map((h) => t("catalogue:detail.timeRange", { start: formatMinute(locale, h.startMinute), end: formatMinute(locale, h.endMinute) }))
                      .join(t("catalogue:detail.rangeSeparator"))}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
