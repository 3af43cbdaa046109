import type { TFunction } from "i18next";
import type { CounterChoice } from "@/lib/counter/list-counters";

/**
 * A plain GET form: the chosen counter lives in the URL (?counter=…), so a bookmark or a reload
 * keeps the workplace and it works before hydration.
 */
export function CounterPicker({ t, counters, selected }: { t: TFunction; counters: CounterChoice[]; selected?: string }) {
  const byLocation = new Map<string, CounterChoice[]>();
  for (const c of counters) byLocation.set(c.locationName, [...(byLocation.get(c.locationName) ?? []), c]);
  if (counters.length === 0) return <p>{t("console:noCounters")}</p>;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="counter-select" className="font-medium">
          {t("console:counter")}
        </label>
        <select id="counter-select" name="counter" defaultValue={selected} className="min-h-11 rounded border border-slate-400 px-3 py-2">
          {[...byLocation].map(([location, list]) => (
            <optgroup key={location} label={location}>
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
        {t("console:openCounter")}
      </button>
    </form>
  );
}
