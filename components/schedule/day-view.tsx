import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/settings";
import type { DaySchedule, ScheduleClosure } from "@/lib/schedule/get-day-schedule";
import { clockOf, dateTimeOf, timeOf } from "./format";

type Props = { locale: Locale; t: TFunction; day: DaySchedule };

function Closures({ locale, t, closures }: { locale: Locale; t: TFunction; closures: ScheduleClosure[] }) {
  if (closures.length === 0) return null;
  return (
    <ul className="mb-3 flex flex-col gap-1">
      {closures.map((c) => (
        <li key={c.id} className="rounded border border-amber-700 bg-amber-50 p-2 text-amber-900">
          {t("schedule:day.closed", { from: dateTimeOf(c.startsAt, locale), until: dateTimeOf(c.endsAt, locale), reason: c.reason })}
        </li>
      ))}
    </ul>
  );
}

/**
 * One location's day, one section per counter: opening hours, closures and the bookings the
 * viewer may see (row-level security has already left out the others). A table per counter
 * keeps time, service, status and person readable for screen readers.
 */
export function DayView({ locale, t, day }: Props) {
  return (
    <div className="flex flex-col gap-6">
      {day.holiday && <p role="note" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">{t("schedule:day.holiday")}</p>}
      <Closures locale={locale} t={t} closures={day.closures} />
      {day.counters.length === 0 && <p>{t("schedule:day.noCounters")}</p>}
      {day.counters.map((c) => (
        <section key={c.id} aria-labelledby={`counter-${c.id}`} className="rounded border border-slate-300 p-4" data-testid="schedule-counter">
          <h2 id={`counter-${c.id}`} className="text-lg font-semibold">
            {c.name}
            {!c.active && <span className="ms-2 text-sm font-normal text-slate-600">{t("schedule:day.inactive")}</span>}
          </h2>
          <p className="mb-2 text-sm text-slate-700">
            {c.opening.length === 0
              ? t("schedule:day.noOpening")
              : t("schedule:day.opening", { hours: c.opening.map((o) => `${clockOf(o.startMinute)}–${clockOf(o.endMinute)}`).join(", ") })}
          </p>
          <Closures locale={locale} t={t} closures={c.closures} />
          {c.bookings.length === 0 ? (
            <p>{t("schedule:day.noBookings")}</p>
          ) : (
            <table className="w-full border-collapse text-start">
              <caption className="sr-only">{t("schedule:day.tableCaption", { counter: c.name })}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2 text-start">{t("schedule:day.time")}</th>
                  <th scope="col" className="p-2 text-start">{t("schedule:day.service")}</th>
                  <th scope="col" className="p-2 text-start">{t("schedule:day.person")}</th>
                  <th scope="col" className="p-2 text-start">{t("schedule:day.status")}</th>
                  <th scope="col" className="p-2 text-start">{t("schedule:day.code")}</th>
                </tr>
              </thead>
              <tbody>
                {c.bookings.map((b) => (
                  <tr key={b.id} className="border-b border-slate-200">
                    <td className="p-2" dir="ltr">{`${timeOf(b.startsAt, locale)}–${timeOf(b.endsAt, locale)}`}</td>
                    <td className="p-2">{b.serviceName}</td>
                    <td className="p-2">
                      <bdi>{[b.givenName, b.familyName].filter(Boolean).join(" ")}</bdi>
                      {b.onBehalf && <span className="ms-2 text-sm text-slate-600">{t("schedule:day.onBehalf")}</span>}
                    </td>
                    <td className="p-2">{t(`schedule:status.${b.status}`)}</td>
                    <td className="p-2 font-mono" dir="ltr">{b.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
