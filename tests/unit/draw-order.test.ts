import { describe, expect, it } from "vitest";
import { drawOrder, MAX_WEIGHT, uniformOf, urgencyWeight } from "@/lib/draw/draw-order";

const DRAW_DATE = "2026-12-01";

describe("urgency weight", () => {
  it("is 1 without an urgency date or 90+ days ahead, rises linearly to 4 on the date, stays 4 after it", () => {
    expect(urgencyWeight(null, DRAW_DATE)).toBe(1);
    expect(urgencyWeight("2027-06-01", DRAW_DATE)).toBe(1);
    expect(urgencyWeight("2027-03-01", DRAW_DATE)).toBe(1); // 90 days
    expect(urgencyWeight("2027-01-15", DRAW_DATE)).toBeCloseTo(1 + (3 * 45) / 90); // 45 days
    expect(urgencyWeight(DRAW_DATE, DRAW_DATE)).toBe(MAX_WEIGHT);
    expect(urgencyWeight("2026-10-01", DRAW_DATE)).toBe(MAX_WEIGHT);
  });
});

describe("seeded weighted order", () => {
  const entries = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, personKey: `person ${i}|1990-01-01`, urgentBy: i < 10 ? "2026-12-06" : null }));

  it("draws u in (0, 1) from seed and person, independent of the listing order", () => {
    const u = uniformOf("seed", "a|1990-01-01");
    expect(u).toBeGreaterThan(0);
    expect(u).toBeLessThan(1);
    expect(uniformOf("seed", "a|1990-01-01")).toBe(u);
    expect(uniformOf("seed2", "a|1990-01-01")).not.toBe(u);
    const forward = drawOrder(entries, "fixed-seed", DRAW_DATE).map((e) => e.id);
    const backward = drawOrder([...entries].reverse(), "fixed-seed", DRAW_DATE).map((e) => e.id);
    expect(backward).toEqual(forward);
    expect(drawOrder(entries, "other-seed", DRAW_DATE).map((e) => e.id)).not.toEqual(forward);
  });

  it("prefers urgent entries over many draws (fixed seeds, so deterministic)", () => {
    // 10 urgent entries (weight ≈ 3.83) among 40: without weights they would take a quarter of
    // the first places; with them, about 56% of first places and well over a third of the top 10
    let firstUrgent = 0;
    let top10Urgent = 0;
    const runs = 400;
    for (let s = 0; s < runs; s++) {
      const order = drawOrder(entries, `seed-${s}`, DRAW_DATE);
      if (order[0].urgentBy) firstUrgent++;
      top10Urgent += order.slice(0, 10).filter((e) => e.urgentBy).length;
    }
    expect(firstUrgent / runs).toBeGreaterThan(0.45);
    expect(firstUrgent / runs).toBeLessThan(0.68);
    expect(top10Urgent / (runs * 10)).toBeGreaterThan(0.4);
  });

  it("gives everyone a chance: every entry reaches the first place in some draw", () => {
    const firsts = new Set<string>();
    for (let s = 0; s < 2000; s++) firsts.add(drawOrder(entries, `chance-${s}`, DRAW_DATE)[0].id);
    expect(firsts.size).toBe(40);
  });
});
