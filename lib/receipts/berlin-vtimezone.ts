/**
 * VTIMEZONE for Europe/Berlin, so calendar files can name the office's local time (TZID) and
 * every client — also ones without a time zone database — converts it the same way. The EU rule
 * (last Sunday of March 02:00 → CEST, last Sunday of October 03:00 → CET) has held since 1996;
 * if the EU ends clock changes, this block and lib/availability/berlin-time change together.
 */
export const BERLIN_TZID = "Europe/Berlin";

export const BERLIN_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${BERLIN_TZID}`,
  "X-LIC-LOCATION:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** ical-generator's VTIMEZONE generator: only the zone the portal works in. */
export const berlinVtimezone = (tz: string) => (tz === BERLIN_TZID ? BERLIN_VTIMEZONE : null);
