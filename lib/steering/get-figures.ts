import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { PUBLIC_LANES } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { foldSmallRows, suppressSmallCells, type CrossTable, type PublishedTable } from "./suppress-small-cells";

export const REPORT_MONTHS = 6;

export type SteeringFigures = { openLanes: PublishedTable; requests: PublishedTable; months: string[] };

/** "YYYY-MM" of the last `n` months in Berlin, oldest first, ending with the current month. */
export function lastMonths(n: number, now = new Date()): string[] {
  const [y, m] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit" }).format(now).split("-").map(Number);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

// Alphabetical, with "not recorded" ('') last.
const byLabel = (a: string, b: string) => Number(a === "") - Number(b === "") || a.localeCompare(b, "de");

/** Counts keyed by (row, column) into a dense table; unknown columns (month boundary) drop out. */
function crossTable(counts: { row: string; column: string; n: number }[], columns: string[]): CrossTable {
  const rows = [...new Set(counts.filter((c) => columns.includes(c.column)).map((c) => c.row))].sort(byLabel);
  const values = rows.map((r) => columns.map((col) => counts.find((c) => c.row === r && c.column === col)?.n ?? 0));
  return { rows, columns, values };
}

const publish = (t: CrossTable) => suppressSmallCells(foldSmallRows(t));

/**
 * The figures steering may see: aggregated counts for the public lanes only, read through the
 * SECURITY DEFINER functions of migration 20261125010000 (STEERING has no row access to case
 * tables), with small cells suppressed before they leave this module. The view is audited.
 */
export async function getSteeringFigures(actor: Actor, now = new Date()): Promise<SteeringFigures> {
  const months = lastMonths(REPORT_MONTHS, now);
  return withActor(actor, async (tx) => {
    const lanes = await tx.$queryRaw<{ district: string; lane: string; n: number }[]>`SELECT * FROM steering_open_lanes_by_district()`;
    const requests = await tx.$queryRaw<{ topic: string; month: string; n: number }[]>`SELECT * FROM steering_requests_by_topic_month(${REPORT_MONTHS}::int)`;
    await recordAudit(tx, actor, { action: "steering.figures.read", purpose: "steering" });
    return {
      months,
      openLanes: publish(crossTable(lanes.map((l) => ({ row: l.district, column: l.lane, n: Number(l.n) })), [...PUBLIC_LANES])),
      requests: publish(crossTable(requests.map((r) => ({ row: r.topic, column: r.month, n: Number(r.n) })), months)),
    };
  });
}
