import type { TFunction } from "i18next";
import { ICalAlarmType, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import type { BookingView } from "@/lib/booking/schemas";
import { BERLIN_TZID, berlinVtimezone } from "./berlin-vtimezone";

export type CalendarTexts = { serviceName: string; t: TFunction; manageUrl: string };

/**
 * The appointment as an iCalendar file (RFC 5545) to add to any calendar app. Times are the
 * office's local time with TZID Europe/Berlin and a VTIMEZONE, so an appointment at 09:00 stays
 * at 09:00 across clock changes. The UID is fixed per booking code: importing the file again
 * after a reschedule or cancellation updates the same entry instead of adding a second one.
 */
export function bookingCalendar(view: BookingView, { serviceName, t, manageUrl }: CalendarTexts): string {
  const cancelled = view.status === "CANCELLED";
  const cal = new ICalCalendar({
    prodId: { company: "EineHand", product: "appointments", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // no calendar-wide zone name: ical-generator would then write DTSTAMP in local time, which
    // RFC 5545 requires in UTC; the event's own TZID still brings in the VTIMEZONE
    timezone: { name: null, generator: berlinVtimezone },
  });
  // Luxon dates, not native ones: ical-generator formats a native Date in the server's own time zone
  const at = (iso: string) => DateTime.fromISO(iso, { zone: "utc" });
  const description = [
    t("receipt:calendar.code", { code: view.code }),
    t("receipt:calendar.counter", { counter: view.counter }),
    "",
    t("receipt:calendar.manage"),
    manageUrl,
  ].join("\n");
  const event = cal.createEvent({
    id: `${view.code}@einehand`,
    start: at(view.startsAt),
    end: at(view.endsAt),
    timezone: BERLIN_TZID,
    stamp: at(view.cancelledAt ?? view.bookedAt ?? view.startsAt),
    // a cancellation must win over the earlier confirmation in clients that compare SEQUENCE
    sequence: cancelled ? 1 : 0,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    summary: cancelled ? t("receipt:calendar.cancelledSummary", { service: serviceName }) : serviceName,
    location: `${view.location.name}, ${view.location.address}`,
    description,
    url: manageUrl,
  });
  if (!cancelled) {
    event.createAlarm({ type: ICalAlarmType.display, trigger: 24 * 60 * 60, description: t("receipt:calendar.alarm", { service: serviceName }) });
  }
  return cal.toString();
}
