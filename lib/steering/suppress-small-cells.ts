/**
 * Statistical disclosure control for steering figures (DESIGN.md §3 rule 4: cells < 5 are
 * suppressed). Pure functions, unit-tested.
 *
 * Method (decision): we publish true row, column and grand totals and protect the suppressed
 * cells by *secondary suppression*. "Totals only from unsuppressed cells" would keep every shown
 * total wrong whenever something is hidden, which defeats steering.
 * 1. Primary: every cell and every total below the threshold (including 0) is hidden ("< 5").
 * 2. Secondary: each table line — a row with its row total, a column with its column total, the
 *    column totals with the grand total, the row totals with the grand total — is one equation.
 *    Wherever a line hides exactly one entry, or hides entries that add up to less than the
 *    threshold, one more entry of that line is hidden (an inner cell before a total, the
 *    smallest first), until no line needs more. So no single equation recomputes a hidden cell,
 *    and what a line gives away about its hidden entries is a sum of at least the threshold.
 * Labels are protected too: rows whose total is below the threshold are folded into one "other"
 * row first (foldSmallRows), so a rare district or topic never even appears by name.
 */
export const SMALL_CELL = 5;

export type CrossTable = { rows: string[]; columns: string[]; values: number[][] };

/** A published figure: the number, or why it is hidden. */
export type Figure = { value: number } | { hidden: "small" | "secondary" };

export type PublishedTable = {
  rows: string[];
  columns: string[];
  cells: Figure[][];
  rowTotals: Figure[];
  columnTotals: Figure[];
  total: Figure;
};

export const OTHER_ROW = "\u0000other";

/** Folds rows whose total is below the threshold into one OTHER_ROW (kept last). */
export function foldSmallRows(table: CrossTable, threshold = SMALL_CELL): CrossTable {
  const rowSum = (r: number[]) => r.reduce((a, b) => a + b, 0);
  const keep = table.rows.map((_, i) => rowSum(table.values[i]) >= threshold && table.rows[i] !== OTHER_ROW);
  if (keep.every(Boolean)) return table;
  const other = table.columns.map((_, c) => table.values.reduce((s, row, i) => s + (keep[i] ? 0 : row[c]), 0));
  return {
    columns: table.columns,
    rows: [...table.rows.filter((_, i) => keep[i]), OTHER_ROW],
    values: [...table.values.filter((_, i) => keep[i]), other],
  };
}

export function suppressSmallCells(table: CrossTable, threshold = SMALL_CELL): PublishedTable {
  const R = table.rows.length;
  const C = table.columns.length;
  // Items: R*C inner cells, then R row totals, then C column totals, then the grand total.
  const cell = (r: number, c: number) => r * C + c;
  const rowTotal = (r: number) => R * C + r;
  const colTotal = (c: number) => R * C + R + c;
  const grand = R * C + R + C;

  const values: number[] = new Array(grand + 1).fill(0);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const v = table.values[r][c];
      values[cell(r, c)] = v;
      values[rowTotal(r)] += v;
      values[colTotal(c)] += v;
      values[grand] += v;
    }
  }
  const isTotal = (i: number) => i >= R * C;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const lines: number[][] = [
    ...range(R).map((r) => [...range(C).map((c) => cell(r, c)), rowTotal(r)]),
    ...range(C).map((c) => [...range(R).map((r) => cell(r, c)), colTotal(c)]),
    [...range(C).map(colTotal), grand],
    [...range(R).map(rowTotal), grand],
  ];

  const hidden: ("small" | "secondary" | null)[] = values.map((v) => (v < threshold ? "small" : null));
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const hiddenHere = line.filter((i) => hidden[i]);
      if (hiddenHere.length === 0) continue;
      const hiddenSum = hiddenHere.reduce((s, i) => s + values[i], 0);
      if (hiddenHere.length >= 2 && hiddenSum >= threshold) continue;
      const candidates = line.filter((i) => !hidden[i]);
      if (candidates.length === 0) continue;
      candidates.sort((a, b) => Number(isTotal(a)) - Number(isTotal(b)) || values[a] - values[b] || a - b);
      hidden[candidates[0]] = "secondary";
      changed = true;
    }
  }

  const figure = (i: number): Figure => (hidden[i] ? { hidden: hidden[i] } : { value: values[i] });
  return {
    rows: table.rows,
    columns: table.columns,
    cells: range(R).map((r) => range(C).map((c) => figure(cell(r, c)))),
    rowTotals: range(R).map((r) => figure(rowTotal(r))),
    columnTotals: range(C).map((c) => figure(colTotal(c))),
    total: figure(grand),
  };
}
