import { describe, expect, it } from "vitest";
import { computeSlots, groupSlotsByDay, type ComputeSlotsInput, type CounterInput } from "@/lib/availability/compute-slots";
import { nrwHolidaysBetween } from "@/lib/availability/holidays";

const H = 60;
const service = { durationMinutes: 20, bufferMinutes: 10, minNoticeMinutes: 0, horizonDays: 60 };
const weekdays = (startMinute: number, endMinute: number, days = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, startMinute, endMinute }));
const counterA: CounterInput = { id: "A", locationId: "main", rules: weekdays(9 * H, 12 * H) };
const counterB: CounterInput = { id: "B", locationId: "main", rules: weekdays(9 * H, 12 * H) };
const counterN: CounterInput = { id: "N", locationId: "north", rules: weekdays(9 * H, 12 * H) };

// Monday 30 November 2026, 07:00 local (winter: UTC+1)
const MONDAY_MORNING = new Date("2026-11-30T06:00:00Z");

function run(over: Partial<ComputeSlotsInput> = {}) {
  return computeSlots({
    service,
    counters: [counterA],
    closures: [],
    bookings: [],
    holidays: new Set(),
    now: MONDAY_MORNING,
    ...over,
  });
}
const starts = (slots: { start: Date }[]) => slots.map((s) => s.start.toISOString());

describe("computeSlots", () => {
  it("steps by duration + buffer through the opening interval (Europe/Berlin wall clock)", () => {
    const slots = run({ from: "2026-12-01", days: 1 });
    expect(starts(slots)).toEqual([
      "2026-12-01T08:00:00.000Z",
      "2026-12-01T08:30:00.000Z",
      "2026-12-01T09:00:00.000Z",
      "2026-12-01T09:30:00.000Z",
      "2026-12-01T10:00:00.000Z",
      "2026-12-01T10:30:00.000Z", // 11:30 local; its buffer ends exactly at 12:00
    ]);
    expect(slots[0].end.toISOString()).toBe("2026-12-01T08:20:00.000Z"); // end of the appointment, without buffer
    expect(slots[0].counterIds).toEqual(["A"]);
  });

  it("needs the buffer inside the opening interval too", () => {
    const slots = run({ service: { ...service, bufferMinutes: 15 }, from: "2026-12-01", days: 1 });
    // 35-minute steps: 09:00, 09:35, 10:10, 10:45, 11:20 (ends 11:55); 11:55 + 35 > 12:00
    expect(starts(slots)).toEqual(["2026-12-01T08:00:00.000Z", "2026-12-01T08:35:00.000Z", "2026-12-01T09:10:00.000Z", "2026-12-01T09:45:00.000Z", "2026-12-01T10:20:00.000Z"]);
  });

  it("merges several rules of one counter on one day and honours validFrom/validUntil", () => {
    const counter: CounterInput = {
      id: "A",
      locationId: "main",
      rules: [
        { weekday: 2, startMinute: 9 * H, endMinute: 10 * H },
        { weekday: 2, startMinute: 10 * H, endMinute: 11 * H }, // touching: one interval
        { weekday: 2, startMinute: 14 * H, endMinute: 15 * H, validFrom: "2026-12-08" },
        { weekday: 2, startMinute: 16 * H, endMinute: 17 * H, validUntil: "2026-12-01" },
      ],
    };
    const first = run({ counters: [counter], from: "2026-12-01", days: 1 });
    expect(first).toHaveLength(4 + 2);
    expect(starts(first).at(-1)).toBe("2026-12-01T15:30:00.000Z"); // 16:30 local
    const second = run({ counters: [counter], from: "2026-12-08", days: 1 });
    expect(starts(second).slice(4)).toEqual(["2026-12-08T13:00:00.000Z", "2026-12-08T13:30:00.000Z"]);
  });

  it("offers nothing before now + minimum notice, and keeps the grid", () => {
    const now = new Date("2026-12-01T08:10:00Z"); // 09:10 local
    const slots = run({ now, service: { ...service, minNoticeMinutes: 60 } });
    const today = slots.filter((s) => s.start < new Date("2026-12-02T00:00:00Z"));
    expect(starts(today)).toEqual(["2026-12-01T09:30:00.000Z", "2026-12-01T10:00:00.000Z", "2026-12-01T10:30:00.000Z"]);
  });

  it("offers nothing on or after the horizon (today … today + horizonDays − 1)", () => {
    const slots = run({ service: { ...service, horizonDays: 2 } });
    expect(new Set(groupSlotsByDay(slots).map((d) => d.date))).toEqual(new Set(["2026-11-30", "2026-12-01"]));
    expect(run({ service: { ...service, horizonDays: 2 }, from: "2026-12-02" })).toEqual([]);
    // the horizon clips a longer request; a window in the past starts today
    expect(run({ from: "2026-01-01", days: 400 }).at(-1)!.start.getTime()).toBeLessThan(new Date("2027-01-29T00:00:00Z").getTime());
    expect(starts(run({ from: "2026-11-01", days: 30 })).at(0)).toBe("2026-11-30T08:00:00.000Z");
  });

  it("offers nothing on NRW public holidays (Christmas, Karfreitag) but the days around them", () => {
    const christmas = run({ from: "2026-12-24", days: 5, holidays: nrwHolidaysBetween("2026-12-24", "2026-12-29") });
    expect(groupSlotsByDay(christmas).map((d) => d.date)).toEqual(["2026-12-24", "2026-12-28"]); // 25 Fri holiday; 26/27 weekend

    const easter = run({
      now: new Date("2026-03-30T06:00:00Z"),
      from: "2026-03-30",
      days: 10,
      holidays: nrwHolidaysBetween("2026-03-30", "2026-04-10"),
    });
    const dates = groupSlotsByDay(easter).map((d) => d.date);
    expect(dates).toContain("2026-04-02"); // Maundy Thursday is a working day
    expect(dates).not.toContain("2026-04-03"); // Karfreitag
    expect(dates).not.toContain("2026-04-06"); // Ostermontag
    expect(dates).toContain("2026-04-07");
  });

  it("removes slots under a counter closure and under a location closure (all its counters)", () => {
    const counterClosure = run({
      from: "2026-12-01",
      days: 1,
      counters: [counterA, counterB],
      closures: [{ counterId: "A", startsAt: new Date("2026-12-01T09:00:00Z"), endsAt: new Date("2026-12-01T10:00:00Z") }],
    });
    const at = (iso: string) => counterClosure.find((s) => s.start.toISOString() === iso)?.counterIds;
    expect(at("2026-12-01T08:30:00.000Z")).toEqual(["A", "B"]);
    expect(at("2026-12-01T09:00:00.000Z")).toEqual(["B"]);
    expect(at("2026-12-01T09:30:00.000Z")).toEqual(["B"]);
    expect(at("2026-12-01T10:00:00.000Z")).toEqual(["A", "B"]);

    const locationClosure = run({
      from: "2026-12-24",
      days: 1,
      counters: [counterA, counterB, counterN],
      closures: [{ locationId: "main", startsAt: new Date("2026-12-23T23:00:00Z"), endsAt: new Date("2026-12-24T23:00:00Z") }],
    });
    expect(locationClosure).toHaveLength(6);
    expect(locationClosure.every((s) => s.counterIds.join() === "N")).toBe(true);
  });

  it("removes exactly the slots a live booking overlaps, on its counter only", () => {
    const slots = run({
      from: "2026-12-01",
      days: 1,
      counters: [counterA, counterB],
      bookings: [
        { counterId: "A", startsAt: new Date("2026-12-01T08:30:00Z"), blockedUntil: new Date("2026-12-01T09:00:00Z") },
        // another service's booking off the grid blocks both slots it touches
        { counterId: "B", startsAt: new Date("2026-12-01T09:45:00Z"), blockedUntil: new Date("2026-12-01T10:05:00Z") },
      ],
    });
    const map = Object.fromEntries(slots.map((s) => [s.start.toISOString().slice(11, 16), s.counterIds.join()]));
    expect(map).toEqual({ "08:00": "A,B", "08:30": "B", "09:00": "A,B", "09:30": "A", "10:00": "A", "10:30": "A,B" });
  });

  it("drops a time entirely when every counter is busy", () => {
    const slots = run({
      from: "2026-12-01",
      days: 1,
      bookings: [{ counterId: "A", startsAt: new Date("2026-12-01T08:00:00Z"), blockedUntil: new Date("2026-12-01T11:00:00Z") }],
    });
    expect(slots).toEqual([]);
  });

  describe("daylight saving", () => {
    it("keeps 09:00 local across spring forward (08:00Z on Friday, 07:00Z on Monday)", () => {
      const slots = run({ now: new Date("2026-03-27T05:00:00Z"), from: "2026-03-27", days: 4 });
      const firstOfDay = groupSlotsByDay(slots).map((d) => [d.date, d.slots[0].start.toISOString()]);
      expect(firstOfDay).toEqual([
        ["2026-03-27", "2026-03-27T08:00:00.000Z"],
        ["2026-03-30", "2026-03-30T07:00:00.000Z"],
      ]);
    });

    it("keeps 09:00 local across fall back (07:00Z on Friday, 08:00Z on Monday)", () => {
      const slots = run({ now: new Date("2026-10-23T04:00:00Z"), from: "2026-10-23", days: 4 });
      const firstOfDay = groupSlotsByDay(slots).map((d) => [d.date, d.slots[0].start.toISOString()]);
      expect(firstOfDay).toEqual([
        ["2026-10-23", "2026-10-23T07:00:00.000Z"],
        ["2026-10-26", "2026-10-26T08:00:00.000Z"],
      ]);
    });

    // a (hypothetical) Sunday-night rule 00:00–04:00 local with one-hour slots
    const night = (date: string): Partial<ComputeSlotsInput> => ({
      from: date,
      days: 1,
      service: { ...service, durationMinutes: 60, bufferMinutes: 0 },
      counters: [{ id: "A", locationId: "main", rules: [{ weekday: 7, startMinute: 0, endMinute: 4 * H }] }],
    });

    it("gives 00:00–04:00 local on 2026-03-29 only three real hours", () => {
      const slots = run({ ...night("2026-03-29"), now: new Date("2026-03-28T12:00:00Z") });
      // 00:00 CET, 01:00 CET, then the clock jumps: 03:00 CEST; 04:00 CEST closes
      expect(starts(slots)).toEqual(["2026-03-28T23:00:00.000Z", "2026-03-29T00:00:00.000Z", "2026-03-29T01:00:00.000Z"]);
      expect(groupSlotsByDay(slots).map((d) => d.date)).toEqual(["2026-03-29"]);
    });

    it("gives 00:00–04:00 local on 2026-10-25 five real hours (the repeated hour included)", () => {
      const slots = run({ ...night("2026-10-25"), now: new Date("2026-10-24T12:00:00Z") });
      // 00:00 CEST, 01:00 CEST, 02:00 CEST, 02:00 CET, 03:00 CET; 04:00 CET closes
      expect(starts(slots)).toEqual([
        "2026-10-24T22:00:00.000Z",
        "2026-10-24T23:00:00.000Z",
        "2026-10-25T00:00:00.000Z",
        "2026-10-25T01:00:00.000Z",
        "2026-10-25T02:00:00.000Z",
      ]);
      expect(groupSlotsByDay(slots).map((d) => d.date)).toEqual(["2026-10-25"]);
    });
  });

});
