import { SMALL_CELL, suppressSmallCells, type Figure } from "./suppress-small-cells";

/** One day × lane × service of ticket figures as measured, before publication. */
export type QueueRowCounts = {
  issued: number;
  called: number;
  served: number;
  noShows: number;
  transfersOut: number;
  /** How many waits (first calls) and timed services the durations below are computed over. */
  waits: number;
  waitMedian: number | null;
  waitP90: number | null;
  services: number;
  serviceMedian: number | null;
};

export type PublishedQueueRow = {
  issued: Figure;
  called: Figure;
  served: Figure;
  noShows: Figure;
  transfersOut: Figure;
  waitMedianSeconds: Figure | null;
  waitP90Seconds: Figure | null;
  serviceMedianSeconds: Figure | null;
};

const exact = (n: number): Figure => ({ value: n });
const seconds = (s: number | null): Figure | null => (s === null ? null : { value: Math.round(s) });

/**
 * Publishes one row, with the project's small-cell suppression (suppress-small-cells.ts,
 * DESIGN.md §3 rule 4) when `suppress` is set — for steering, who must never learn about a
 * person. Lane leads read their own lane's tickets anyway (row-level security gives them the
 * rows), so hiding their own figures from them would protect nobody; they get exact numbers.
 *
 * What could identify a person here, and how it is covered:
 *  - a count below the threshold ("two no-shows at JMD on Tuesday"): hidden (primary).
 *  - the outcomes of the called tickets add up to (almost exactly) the called count:
 *    called = served + no-shows + transfers out (+ the few still open on the current day). That
 *    line goes through suppressSmallCells as a one-row table, so one hidden outcome is never
 *    recomputable from the others and the total; if that method hides the line's total, the
 *    published called count is hidden too.
 *  - a median or percentile over fewer than the threshold is (nearly) one person's wait:
 *    durations are shown only when computed over at least SMALL_CELL tickets.
 * No totals across rows are published, so no other equation links the rows.
 */
export function publishQueueRow(c: QueueRowCounts, suppress: boolean): PublishedQueueRow {
  if (!suppress) {
    return {
      issued: exact(c.issued), called: exact(c.called), served: exact(c.served), noShows: exact(c.noShows), transfersOut: exact(c.transfersOut),
      waitMedianSeconds: seconds(c.waitMedian), waitP90Seconds: seconds(c.waitP90), serviceMedianSeconds: seconds(c.serviceMedian),
    };
  }
  const primary = (n: number): Figure => (n < SMALL_CELL ? { hidden: "small" } : exact(n));
  const outcomes = suppressSmallCells({ rows: ["row"], columns: ["served", "noShows", "transfersOut"], values: [[c.served, c.noShows, c.transfersOut]] });
  const [served, noShows, transfersOut] = outcomes.cells[0];
  const called = "hidden" in outcomes.rowTotals[0] && c.called >= SMALL_CELL ? ({ hidden: "secondary" } as const) : primary(c.called);
  const timed = (n: number, s: number | null): Figure => (n < SMALL_CELL || s === null ? { hidden: "small" } : { value: Math.round(s) });
  return {
    issued: primary(c.issued), called, served, noShows, transfersOut,
    waitMedianSeconds: timed(c.waits, c.waitMedian), waitP90Seconds: timed(c.waits, c.waitP90), serviceMedianSeconds: timed(c.services, c.serviceMedian),
  };
}
