import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { SlotList } from "@/lib/catalogue/schemas";
import { formatDayLong, formatSlotTime } from "./format";

/**
 * Free times as plain links grouped under one heading per day: works with the keyboard, with
 * screen readers (each link is named with the full date and time, the visible time included,
 * so voice control "click 09:30" works) and without JavaScript.
 */
export async function SlotPicker({
  locale,
  days,
  hrefFor,
  laterHref,
  earlierHref,
}: {
  locale: Locale;
  days: SlotList["days"];
  hrefFor: (start: string) => string;
  laterHref?: string;
  earlierHref?: string;
}) {
  const t = await getT(locale);
  return (
    <div>
      {days.length === 0 ? (
        <p>{t("catalogue:detail.noSlots")}</p>
      ) : (
        <>
          <p className="mb-4">{t("catalogue:detail.slotsHint")}</p>
          {days.map((day) => {
            const dayName = formatDayLong(locale, day.date);
            return (
              <section key={day.date} aria-labelledby={`day-${day.date}`} className="mb-5">
                <h3 id={`day-${day.date}`} className="mb-2 font-semibold">
                  {dayName}
                </h3>
                <ul className="flex flex-wrap gap-2">
                  {day.slots.map((slot) => {
                    const time = formatSlotTime(locale, slot.start);
                    return (
                      <li key={slot.start}>
                        <Link
                          href={hrefFor(slot.start)}
                          aria-label={t("catalogue:detail.slotLabel", { date: dayName, time })}
                          className="inline-flex min-h-11 min-w-20 items-center justify-center rounded border border-brand-700 bg-white px-3 py-2 font-medium text-brand-800 hover:bg-brand-50"
                        >
                          <time dateTime={slot.start}>{time}</time>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
      {(earlierHref || laterHref) && (
        <nav aria-label={t("catalogue:detail.datesNav")} className="flex flex-wrap gap-4">
          {earlierHref && (
            <Link href={earlierHref} className="text-brand-800 underline">
              {t("catalogue:detail.earlierDates")}
            </Link>
          )}
          {laterHref && (
            <Link href={laterHref} className="text-brand-800 underline">
              {t("catalogue:detail.laterDates")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
