import { describe, expect, it } from "vitest";
import { foldSmallRows, OTHER_ROW, suppressSmallCells, type CrossTable, type Figure, type PublishedTable } from "@/lib/steering/suppress-small-cells";

const shown = (f: Figure) => ("value" in f ? f.value : null);
const table = (values: number[][]): CrossTable => ({
  rows: values.map((_, i) => `r${i}`),
  columns: values[0].map((_, j) => `c${j}`),
  values,
});

/** Every equation of the published table (a line with its total) as [figure, true value] pairs. */
function lines(p: PublishedTable, t: CrossTable) {
  const rowSums = t.values.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = t.columns.map((_, c) => t.values.reduce((s, r) => s + r[c], 0));
  const grand = rowSums.reduce((a, b) => a + b, 0);
  return [
    ...t.rows.map((_, r) => [...p.cells[r].map((f, c) => [f, t.values[r][c]] as const), [p.rowTotals[r], rowSums[r]] as const]),
    ...t.columns.map((_, c) => [...p.cells.map((row, r) => [row[c], t.values[r][c]] as const), [p.columnTotals[c], colSums[c]] as const]),
    [...p.columnTotals.map((f, c) => [f, colSums[c]] as const), [p.total, grand] as const],
    [...p.rowTotals.map((f, r) => [f, rowSums[r]] as const), [p.total, grand] as const],
  ];
}

/** The protection the module promises: no line hides exactly one entry or a sum below 5. */
function expectProtected(t: CrossTable) {
  const p = suppressSmallCells(t);
  for (const line of lines(p, t)) {
    const hidden = line.filter(([f]) => shown(f) === null);
    if (hidden.length === 0) continue;
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    if (hidden.length < line.length) expect(hidden.reduce((s, [, v]) => s + v, 0)).toBeGreaterThanOrEqual(5);
  }
  // shown numbers are true, and every true value below 5 is hidden as "small"
  for (const line of lines(p, t)) {
    for (const [f, v] of line) {
      if ("value" in f) expect(f.value).toBe(v);
      if (v < 5) expect(f).toEqual({ hidden: "small" });
    }
  }
  return p;
}

describe("suppressSmallCells", () => {
  it("publishes a table without small cells unchanged, with totals", () => {
    const p = expectProtected(table([[10, 20], [5, 7]]));
    expect(p.cells.map((r) => r.map(shown))).toEqual([[10, 20], [5, 7]]);
    expect(p.rowTotals.map(shown)).toEqual([30, 12]);
    expect(p.columnTotals.map(shown)).toEqual([15, 27]);
    expect(shown(p.total)).toBe(42);
  });

  it("hides cells below 5, zero included, as small", () => {
    const p = suppressSmallCells(table([[4, 0, 30], [20, 20, 30]]));
    expect(p.cells[0][0]).toEqual({ hidden: "small" });
    expect(p.cells[0][1]).toEqual({ hidden: "small" });
  });

  it("hides a second cell so that a row total cannot give the small one away", () => {
    // row 0: 12 + 3 = 15 would reveal the 3 from the total
    const p = expectProtected(table([[12, 3], [30, 40], [25, 35]]));
    expect(p.cells[0][0]).toEqual({ hidden: "secondary" });
    expect(shown(p.rowTotals[0])).toBe(15);
    // the column of the secondary cell needs a partner too
    expect(p.cells.map((r) => r[0]).filter((f) => shown(f) === null).length).toBeGreaterThanOrEqual(2);
  });

  it("does not let two small cells in one line protect each other when they add up to less than 5", () => {
    const p = expectProtected(table([[1, 2, 40], [30, 30, 30], [30, 30, 30]]));
    expect(p.cells[0][2]).toEqual({ hidden: "secondary" });
  });

  it("keeps its promise on many random tables", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(rand() * 6);
      const cols = 1 + Math.floor(rand() * 6);
      const values = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rand() < 0.4 ? Math.floor(rand() * 5) : Math.floor(rand() * 60))));
      expectProtected(table(values));
    }
  });
});

describe("foldSmallRows", () => {
  it("combines rows with a total below 5 into one 'other' row, so their labels never appear", () => {
    const folded = foldSmallRows({ rows: ["Mitte", "Rhynern", "Uentrop", "Norden"], columns: ["ABH", "SOZ"], values: [[8, 2], [1, 1], [0, 3], [5, 5]] });
    expect(folded.rows).toEqual(["Mitte", "Norden", OTHER_ROW]);
    expect(folded.values).toEqual([[8, 2], [5, 5], [1, 4]]);
  });

  it("leaves tables without small rows alone", () => {
    const t = table([[5, 0], [3, 9]]);
    expect(foldSmallRows(t)).toBe(t);
  });
});
