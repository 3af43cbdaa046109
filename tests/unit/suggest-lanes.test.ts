import { describe, expect, it } from "vitest";
import { ageOn, suggestLanes } from "@/lib/requests/suggest-lanes";
import { TOPICS } from "@/lib/requests/topics";

const TODAY = "2026-11-25";
/** A birth date giving `age` completed years on TODAY. */
const bornYearsAgo = (age: number, dayOffset = 0) => {
  const d = new Date(Date.UTC(2026 - age, 10, 25 + dayOffset));
  return d.toISOString().slice(0, 10);
};

describe("age", () => {
  it("counts completed years, birthday included", () => {
    expect(ageOn("2000-11-25", TODAY)).toBe(26);
    expect(ageOn("2000-11-26", TODAY)).toBe(25);
    expect(ageOn("2000-02-29", "2026-02-28")).toBe(25);
    expect(ageOn("2000-02-29", "2026-03-01")).toBe(26);
  });
});

describe("routing suggestions", () => {
  it.each([
    ["RESIDENCE_PERMIT", "ABH", "residence"],
    ["RESIDENCE_EXTENSION", "ABH", "residence"],
    ["FAMILY_REUNIFICATION", "ABH", "residence"],
    ["NATURALISATION", "ABH", "residence"],
    ["BENEFITS", "SOZ", "benefits"],
    ["HOUSING_HELP", "SOZ", "benefits"],
    ["CASE_MANAGEMENT", "KIM", "integration"],
    ["LANGUAGE_COURSE", "KIM", "integration"],
  ] as const)("%s → %s", (topic, lane, reason) => {
    expect(suggestLanes(topic, "1990-01-01", TODAY)).toEqual({ lanes: [lane], external: null, reasons: [{ key: reason }] });
  });

  it.each([
    [11, [], "underTwelve"],
    [12, ["JMD"], "youth"],
    [20, ["JMD"], "youth"],
    [27, ["JMD"], "youth"], // the boundary: JMD up to and including 27
    [28, ["MBE"], "adult"],
    [65, ["MBE"], "adult"],
  ] as const)("counselling at age %i → %j", (age, lanes, reason) => {
    for (const topic of ["COUNSELLING", "YOUTH_COUNSELLING"] as const) {
      expect(suggestLanes(topic, bornYearsAgo(age), TODAY)).toEqual({ lanes, external: null, reasons: [{ key: reason, age }] });
    }
  });

  it("switches from JMD to MBE on the 28th birthday, not the day before", () => {
    expect(suggestLanes("COUNSELLING", bornYearsAgo(28, 1), TODAY).lanes).toEqual(["JMD"]);
    expect(suggestLanes("COUNSELLING", bornYearsAgo(28), TODAY).lanes).toEqual(["MBE"]);
  });

  it.each(["ASYLUM_ACCOMMODATION", "ASYLUM_BENEFITS", "RETURN"] as const)("%s is referred to the asylum office, no lane", (topic) => {
    expect(suggestLanes(topic, "1990-01-01", TODAY)).toEqual({ lanes: [], external: "ASYLUM_OFFICE", reasons: [{ key: "asylum" }] });
  });

  it("has a suggestion with a reason for every topic", () => {
    for (const topic of TOPICS) expect(suggestLanes(topic, "1990-01-01", TODAY).reasons).toHaveLength(1);
  });
});
