import { formatDayLong, formatSlotTime } from "@/components/catalogue/format";
import { berlinDateOf } from "@/lib/availability/berlin-time";
import type { BookingView } from "@/lib/booking/schemas";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** When a time is, as people read it: "Tuesday 1 December, 09:30" in the office's time zone. */
export const formatWhen = (locale: Locale, iso: string) => ({ date: formatDayLong(locale, berlinDateOf(new Date(iso))), time: formatSlotTime(locale, iso) });

/** What, when, where (and, on the manage page, the status) of one booking. */
export async function BookingSummary({ locale, booking, serviceName, showStatus }: { locale: Locale; booking: BookingView; serviceName: string; showStatus?: boolean }) {
  const t = await getT(locale);
  const when = formatWhen(locale, booking.startsAt);
  const rows: [string, string][] = [
    [t("booking:summaryList.service"), serviceName],
    [t("booking:summaryList.when"), t("booking:summaryList.dateTime", when)],
    [t("booking:summaryList.where"), `${booking.location.name}, ${booking.location.address} (${booking.counter})`],
    [t("booking:summaryList.person"), `${booking.person.givenName} ${booking.person.familyName}`],
  ];
  if (showStatus) rows.push([t("booking:summaryList.status"), t(`booking:status.${booking.status}`)]);
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="booking-summary">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd dir="auto">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
