import type pg from "pg";
import type { Lane } from "@/lib/generated/prisma/enums";

export type ExpiredLane = { caseFileId: string; lane: Lane; entries: number; consents: number; referrals: number; routes: number };

const BATCH = 500;

/**
 * DESIGN.md rule 8: deletes every lane closed longer than its retention period (LaneRetention,
 * set by admins) with its entries, consents, referrals and routes, and records each deletion in
 * the audit trail (expire_closed_lanes(), migration 20261202060000_lane_retention). Runs in the
 * job worker as einehand_jobs; batches of 500 lanes, one transaction each, so a large backlog
 * neither holds locks long nor is lost halfway.
 */
export async function expireClosedLanes(pool: pg.Pool): Promise<ExpiredLane[]> {
  const expired: ExpiredLane[] = [];
  for (;;) {
    const { rows } = await pool.query<{ case_file_id: string; lane: Lane; entries: number; consents: number; referrals: number; routes: number }>(
      "SELECT * FROM expire_closed_lanes($1)",
      [BATCH],
    );
    expired.push(...rows.map((r) => ({ caseFileId: r.case_file_id, lane: r.lane, entries: r.entries, consents: r.consents, referrals: r.referrals, routes: r.routes })));
    if (rows.length < BATCH) return expired;
  }
}
