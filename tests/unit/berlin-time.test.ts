import { describe, expect, it } from "vitest";
import {
  addDays,
  berlinDateOf,
  berlinMinuteOf,
  berlinOffsetMinutes,
  berlinWallTimeToUtc,
  isValidDate,
  isoWeekday,
} from "@/lib/availability/berlin-time";

const utc = (s: string) => new Date(s).toISOString();

describe("Europe/Berlin wall clock ↔ UTC", () => {
  it("converts ordinary winter and summer times with the offset in force", () => {
    expect(berlinWallTimeToUtc("2026-12-01", 9 * 60 + 30).toISOString()).toBe(utc("2026-12-01T08:30:00Z"));
    expect(berlinWallTimeToUtc("2026-07-01", 9 * 60 + 30).toISOString()).toBe(utc("2026-07-01T07:30:00Z"));
    expect(berlinOffsetMinutes(new Date("2026-01-15T12:00:00Z"))).toBe(60);
    expect(berlinOffsetMinutes(new Date("2026-07-15T12:00:00Z"))).toBe(120);
  });

  describe("spring forward, 2026-03-29 (02:00 → 03:00)", () => {
    it("keeps times before and after the gap exact", () => {
      expect(berlinWallTimeToUtc("2026-03-29", 60).toISOString()).toBe(utc("2026-03-29T00:00:00Z")); // 01:00 CET
      expect(berlinWallTimeToUtc("2026-03-29", 180).toISOString()).toBe(utc("2026-03-29T01:00:00Z")); // 03:00 CEST
      expect(berlinWallTimeToUtc("2026-03-29", 9 * 60).toISOString()).toBe(utc("2026-03-29T07:00:00Z")); // 09:00 CEST
    });

    it("maps a time that never shows (02:30) to the jump, when the clock passes it", () => {
      expect(berlinWallTimeToUtc("2026-03-29", 120).toISOString()).toBe(utc("2026-03-29T01:00:00Z"));
      expect(berlinWallTimeToUtc("2026-03-29", 150).toISOString()).toBe(utc("2026-03-29T01:00:00Z"));
    });

    it("knows the day is 23 hours long", () => {
      const len = berlinWallTimeToUtc("2026-03-29", 1440).getTime() - berlinWallTimeToUtc("2026-03-29", 0).getTime();
      expect(len).toBe(23 * 3_600_000);
    });
  });

  describe("fall back, 2026-10-25 (03:00 → 02:00)", () => {
    it("takes the first of the two 02:30s", () => {
      expect(berlinWallTimeToUtc("2026-10-25", 150).toISOString()).toBe(utc("2026-10-25T00:30:00Z")); // 02:30 CEST
    });

    it("keeps times before and after the repeated hour exact", () => {
      expect(berlinWallTimeToUtc("2026-10-25", 60).toISOString()).toBe(utc("2026-10-24T23:00:00Z")); // 01:00 CEST
      expect(berlinWallTimeToUtc("2026-10-25", 180).toISOString()).toBe(utc("2026-10-25T02:00:00Z")); // 03:00 CET
      expect(berlinWallTimeToUtc("2026-10-25", 9 * 60).toISOString()).toBe(utc("2026-10-25T08:00:00Z")); // 09:00 CET
    });

    it("knows the day is 25 hours long", () => {
      const len = berlinWallTimeToUtc("2026-10-25", 1440).getTime() - berlinWallTimeToUtc("2026-10-25", 0).getTime();
      expect(len).toBe(25 * 3_600_000);
    });
  });

  it("reads the local date and minute of an instant", () => {
    expect(berlinDateOf(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(berlinMinuteOf(new Date("2026-12-31T23:30:00Z"))).toBe(30);
    expect(berlinDateOf(new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25"); // 00:30 CEST
    expect(berlinMinuteOf(new Date("2026-10-25T01:30:00Z"))).toBe(150); // the second 02:30, CET
  });

  it("round-trips every quarter hour of both change days", () => {
    for (const date of ["2026-03-29", "2026-10-25"]) {
      for (let m = 0; m < 1440; m += 15) {
        if (date === "2026-03-29" && m >= 120 && m < 180) continue; // never shows
        const t = berlinWallTimeToUtc(date, m);
        expect([berlinDateOf(t), berlinMinuteOf(t)]).toEqual([date, m]);
      }
    }
  });

  it("does calendar arithmetic on local dates", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(isoWeekday("2026-12-01")).toBe(2); // Tuesday
    expect(isoWeekday("2026-11-29")).toBe(7); // Sunday
    expect(isValidDate("2026-02-29")).toBe(false);
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isValidDate("2026-1-01")).toBe(false);
  });
});
