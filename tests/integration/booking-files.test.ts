import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import ICAL from "ical.js";
import { PDFDocument } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { GET as calendarRoute } from "@/app/[locale]/(public)/booking/[code]/calendar.ics/route";
import { GET as receiptRoute } from "@/app/[locale]/(public)/booking/[code]/receipt.pdf/route";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { calendarPath, manageToken, receiptPath } from "@/lib/booking/manage-link";
import type { BookingView } from "@/lib/booking/schemas";
import { admin } from "../setup/admin-db";
import { client, makeService, person, slots } from "./booking-arrange";

/**
 * The calendar file and the receipt behind the links in the result page, the messages and the
 * QR code: real bookings on PostgreSQL, the route handlers called as Next.js calls them.
 */
type Route = typeof calendarRoute;

function call(route: Route, path: string) {
  const [, locale, , code] = new URL(path, "http://localhost").pathname.split("/");
  const request = new NextRequest(`http://localhost${path}`, { headers: { "x-forwarded-for": client().ip } });
  return route(request, { params: Promise.resolve({ locale, code: decodeURIComponent(code) }) });
}

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return { vevent: calendar.getFirstSubcomponent("vevent")!, event: new ICAL.Event(calendar.getFirstSubcomponent("vevent")!) };
}

async function pdfText(bytes: Uint8Array) {
  const page = await (await getDocument({ data: bytes }).promise).getPage(1);
  return (await page.getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" ");
}

describe("booking files", { timeout: 60_000 }, () => {
  let svc: Awaited<ReturnType<typeof makeService>>;
  let booking: BookingView;
  let other: BookingView;
  let token: string;
  const birthDate = "1991-02-03";

  beforeAll(async () => {
    svc = await makeService();
    await admin().query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'ar', 'تمديد تصريح الإقامة', '')`, [svc.serviceId]);
    const [first, second] = slots(2);
    booking = await createBooking({ serviceCode: svc.serviceCode, startsAt: first, ...person({ birthDate }) }, client());
    other = await createBooking({ serviceCode: svc.serviceCode, startsAt: second, ...person({ birthDate: "1985-07-08" }) }, client());
    token = manageToken(booking.code, birthDate);
  });

  it("serves the calendar file of the booking as an attachment, in the link's language", async () => {
    const res = await call(calendarRoute, calendarPath("ar", booking.code, token));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="termin-${booking.code}.ics"`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const { vevent, event } = parseIcs(await res.text());
    expect(event.uid).toBe(`${booking.code}@einehand`);
    expect(event.summary).toBe("تمديد تصريح الإقامة");
    expect(event.startDate.zone.tzid).toBe("Europe/Berlin");
    expect(event.startDate.toJSDate().toISOString()).toBe(booking.startsAt);
    expect(event.endDate.toJSDate().toISOString()).toBe(booking.endsAt);
    expect(event.location).toContain("Markt 1, 59065 Hamm");
    expect(event.description).toContain(booking.code);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("serves the PDF receipt inline, with the code, the service and the checklist", async () => {
    const res = await call(receiptRoute, receiptPath("de", booking.code, token));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="termin-${booking.code}.pdf"`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect((await PDFDocument.load(bytes)).getTitle()).toBe(`Terminbestätigung ${booking.code}`);
    const text = await pdfText(bytes);
    expect(text).toContain(booking.code);
    expect(text).toMatch(/Testleistung [0-9a-f]{8}/);
    expect(text).toContain(booking.person.givenName);
    expect(text).toContain("03.02.1991");
    expect(text).toContain("Gebucht am");
  });

  it("answers 404 with the same text for a forged, missing or foreign token, and a wrong date of birth", async () => {
    const unknown = await call(calendarRoute, calendarPath("de", booking.code, "AQ" + token.slice(2, -2) + "xx"));
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const message = await unknown.text();
    expect(message).toMatch(/Link ist ungültig/);
    const cases = [
      // a character of the token changed
      calendarPath("de", booking.code, token.slice(0, 10) + (token[10] === "A" ? "B" : "A") + token.slice(11)),
      // no token at all
      `/de/booking/${booking.code}/calendar.ics`,
      // a valid token of another booking, pointed at this booking's path
      calendarPath("de", booking.code, manageToken(other.code, "1985-07-08")),
      // this booking's code with another date of birth
      calendarPath("de", booking.code, manageToken(booking.code, "1985-07-08")),
      // a code that does not exist, with a well-formed token for it
      calendarPath("de", "ABCD-EFGH", manageToken("ABCD-EFGH", birthDate)),
    ];
    for (const path of cases) {
      const res = await call(calendarRoute, path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe(message);
    }
    const pdf = await call(receiptRoute, receiptPath("de", booking.code, manageToken(other.code, "1985-07-08")));
    expect(pdf.status).toBe(404);
    expect(await pdf.text()).toBe(message);
  });

  it("answers in the link's language and refuses unknown languages", async () => {
    const res = await call(receiptRoute, receiptPath("uk", booking.code, "forged"));
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/посилання недійсне/);
    expect((await call(calendarRoute, calendarPath("xx", booking.code, token))).status).toBe(404);
  });

  it("marks the calendar entry cancelled once the booking is cancelled", async () => {
    await cancelBooking({ code: other.code, birthDate: "1985-07-08" }, client());
    const res = await call(calendarRoute, calendarPath("en", other.code, manageToken(other.code, "1985-07-08")));
    expect(res.status).toBe(200);
    const { vevent, event } = parseIcs(await res.text());
    expect(event.uid).toBe(`${other.code}@einehand`);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
