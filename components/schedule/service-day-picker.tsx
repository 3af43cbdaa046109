import Link from "next/link";
import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/settings";
import type { BookableService } from "@/lib/schedule/list-bookable-services";
import { addDays } from "@/lib/availability/berlin-time";
import { longDateOf } from "./format";

type Props = { locale: Locale; t: TFunction; services: BookableService[]; service?: string; date: string; file?: string };

const control = "min-h-11 rounded border border-slate-400 px-3 py-2";

/**
 * The first step of booking for someone: which service, which day. A plain GET form, so the
 * choice is in the address (reload and back work) and the page needs no script for it.
 */
export function ServiceDayPicker({ locale, t, services, service, date, file }: Props) {
  const link = (d: string) => {
    const q = new URLSearchParams({ date: d, ...(service ? { service } : {}), ...(file ? { file } : {}) });
    return `/${locale}/desk/book?${q}`;
  };
  return (
    <div className="flex flex-col gap-3">
      <form method="get" action={`/${locale}/desk/book`} className="flex flex-wrap items-end gap-4">
        {file && <input type="hidden" name="file" value={file} />}
        <div className="flex flex-col gap-1">
          <label htmlFor="book-service" className="font-medium">{t("schedule:book.service")}</label>
          <select id="book-service" name="service" defaultValue={service ?? ""} required className={control}>
            <option value="">{t("schedule:book.chooseService")}</option>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {t("schedule:book.serviceOption", { name: s.name, lane: t(`common:lane.${s.lane}`), minutes: s.durationMinutes })}
                {s.bookingMode === "DESK_ONLY" ? ` · ${t("schedule:book.deskOnly")}` : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="book-date" className="font-medium">{t("schedule:book.date")}</label>
          <input id="book-date" type="date" name="date" defaultValue={date} required className={control} />
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("schedule:book.showTimes")}
        </button>
      </form>
      {service && (
        <nav aria-label={t("schedule:day.navLabel")} className="flex flex-wrap items-center gap-4">
          <Link href={link(addDays(date, -1))} className="text-brand-800 underline">{t("schedule:day.previous")}</Link>
          <span className="font-medium">{longDateOf(date, locale)}</span>
          <Link href={link(addDays(date, 1))} className="text-brand-800 underline">{t("schedule:day.next")}</Link>
        </nav>
      )}
    </div>
  );
}
