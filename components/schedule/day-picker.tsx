import Link from "next/link";
import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/settings";
import type { DaySchedule } from "@/lib/schedule/get-day-schedule";
import { longDateOf } from "./format";

const control = "min-h-11 rounded border border-slate-400 px-3 py-2";

/** Location and day of the day view: a GET form (the choice stays in the address) and previous/next links. */
export function DayPicker({ locale, t, day }: { locale: Locale; t: TFunction; day: DaySchedule }) {
  const link = (date: string) => `/${locale}/schedule?${new URLSearchParams({ location: day.location.id, date })}`;
  return (
    <div className="mb-6 flex flex-col gap-3">
      <form method="get" action={`/${locale}/schedule`} className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="day-location" className="font-medium">{t("schedule:day.location")}</label>
          <select id="day-location" name="location" defaultValue={day.location.id} className={control}>
            {day.locations.map((l) => (
              <option key={l.id} value={l.id}>{l.name}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="day-date" className="font-medium">{t("schedule:day.date")}</label>
          <input id="day-date" type="date" name="date" defaultValue={day.date} required className={control} />
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("schedule:day.show")}
        </button>
      </form>
      <nav aria-label={t("schedule:day.navLabel")} className="flex flex-wrap items-center gap-4">
        <Link href={link(day.previousDate)} className="text-brand-800 underline">{t("schedule:day.previous")}</Link>
        <Link href={link(day.nextDate)} className="text-brand-800 underline">{t("schedule:day.next")}</Link>
      </nav>
    </div>
  );
}
