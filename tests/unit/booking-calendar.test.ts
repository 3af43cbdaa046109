import { afterEach, describe, expect, it, vi } from "vitest";
import ICAL from "ical.js";
import { bookingCalendar } from "@/lib/receipts/calendar";
import { bookingView, translator } from "./receipt-fixtures";

afterEach(() => vi.unstubAllEnvs());

const MANAGE = "https://termine.example.org/de/booking?code=K7M2-QX9P&t=abc";

/** Parses with ical.js and registers the file's own VTIMEZONE, as a calendar app does. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const vevents = calendar.getAllSubcomponents("vevent");
  return { calendar, vevents, event: new ICAL.Event(vevents[0]) };
}

async function ics(overrides: Parameters<typeof bookingView>[0] = {}) {
  return bookingCalendar(bookingView(overrides), { serviceName: "Aufenthaltserlaubnis verlängern", t: await translator("de"), manageUrl: MANAGE });
}

describe("calendar file", () => {
  it("is one published event with a stable UID, place, code, counter and manage link", async () => {
    const { calendar, vevents, event } = parse(await ics());
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(vevents).toHaveLength(1);
    expect(event.uid).toBe("K7M2-QX9P@einehand");
    expect(event.summary).toBe("Aufenthaltserlaubnis verlängern");
    expect(event.location).toBe("Bürgeramt Mitte, Markt 1, 59065 Hamm");
    expect(event.description).toContain("Buchungscode: K7M2-QX9P");
    expect(event.description).toContain("Schalter / Raum: Schalter 3");
    expect(event.description).toContain(MANAGE);
    expect(vevents[0].getFirstPropertyValue("status")).toBe("CONFIRMED");
    // RFC 5545: DTSTAMP is UTC
    expect(String(vevents[0].getFirstProperty("dtstamp")!.toICALString())).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  });

  it("keeps the office's wall-clock time across the change to summer time", async () => {
    // Monday after the clock change of 28 March 2027: 09:00 in Berlin is 07:00 UTC
    const summer = parse(await ics({ startsAt: "2027-03-29T07:00:00.000Z", endsAt: "2027-03-29T07:30:00.000Z" })).event;
    expect(summer.startDate.zone.tzid).toBe("Europe/Berlin");
    expect([summer.startDate.hour, summer.startDate.minute]).toEqual([9, 0]);
    expect(summer.startDate.toJSDate().toISOString()).toBe("2027-03-29T07:00:00.000Z");
    expect(summer.endDate.toJSDate().toISOString()).toBe("2027-03-29T07:30:00.000Z");
    // the Friday before it, still winter time: 09:00 in Berlin is 08:00 UTC
    const winter = parse(await ics({ startsAt: "2027-03-26T08:00:00.000Z", endsAt: "2027-03-26T08:30:00.000Z" })).event;
    expect([winter.startDate.hour, winter.startDate.minute]).toEqual([9, 0]);
    expect(winter.startDate.toJSDate().toISOString()).toBe("2027-03-26T08:00:00.000Z");
    // and back to winter time in October
    const autumn = parse(await ics({ startsAt: "2027-11-02T13:15:00.000Z", endsAt: "2027-11-02T13:45:00.000Z" })).event;
    expect([autumn.startDate.hour, autumn.startDate.minute]).toEqual([14, 15]);
    expect(autumn.startDate.toJSDate().toISOString()).toBe("2027-11-02T13:15:00.000Z");
  });

  it("does not depend on the server's own time zone", async () => {
    vi.stubEnv("TZ", "Pacific/Auckland");
    const event = parse(await ics()).event;
    expect([event.startDate.hour, event.startDate.minute]).toEqual([9, 0]);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-29T07:00:00.000Z");
  });

  it("reminds a day before", async () => {
    const { vevents } = parse(await ics());
    const alarms = vevents[0].getAllSubcomponents("valarm");
    expect(alarms).toHaveLength(1);
    expect(alarms[0].getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarms[0].getFirstPropertyValue("trigger"))).toBe("-P1D");
    expect(alarms[0].getFirstPropertyValue("description")).toBe("Morgen: Aufenthaltserlaubnis verlängern");
  });

  it("marks a cancelled booking CANCELLED under the same UID, with a higher SEQUENCE and no reminder", async () => {
    const { vevents, event } = parse(await ics({ status: "CANCELLED", cancelledAt: "2026-12-05T10:00:00.000Z" }));
    expect(event.uid).toBe("K7M2-QX9P@einehand");
    expect(vevents[0].getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.sequence).toBe(1);
    expect(event.summary).toBe("Storniert: Aufenthaltserlaubnis verlängern");
    expect(vevents[0].getAllSubcomponents("valarm")).toHaveLength(0);
  });
});
