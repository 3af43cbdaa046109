import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { jobsDatabaseUrl } from "@/lib/jobs/jobs-database";
import { closeLane } from "@/lib/lanes/close-lane";
import { expireClosedLanes } from "@/lib/lanes/expire-closed-lanes";
import { listLaneAudit } from "@/lib/lanes/list-lane-audit";
import { listLaneRetention } from "@/lib/admin/list-lane-retention";
import { setLaneRetentionSchema } from "@/lib/admin/schemas";
import { setLaneRetention } from "@/lib/admin/set-lane-retention";
import { makeCaseFile, makeConsent, makeEntry } from "../factories/case-file";
import { makeActor } from "../factories/staff";
import { admin, asAppRole } from "../setup/admin-db";

/** DESIGN.md rule 8: a closed lane is deleted after its retention period, and the deletion is recorded. */
let jobs: pg.Pool;
const a = {} as Record<"mbe" | "mbeLead" | "abh" | "admin" | "steering", Actor>;
beforeAll(async () => {
  jobs = new pg.Pool({ connectionString: await jobsDatabaseUrl(process.env.TEST_ADMIN_URL!), max: 2 });
  a.mbe = await makeActor("CASEWORKER", "MBE");
  a.mbeLead = await makeActor("LANE_LEAD", "MBE");
  a.abh = await makeActor("CASEWORKER", "ABH");
  a.admin = await makeActor("ADMIN");
  a.steering = await makeActor("STEERING");
});
afterAll(async () => {
  await jobs.end();
  await admin().query(`UPDATE "LaneRetention" SET months = CASE lane WHEN 'ABH' THEN 120 WHEN 'SOZ' THEN 120 ELSE 36 END`);
});

const count = async (sql: string, params: unknown[]) => (await admin().query(sql, params)).rows[0].n as number;
const closedAgo = (caseFileId: string, lane: string, interval: string) =>
  admin().query(`UPDATE "CaseLane" SET "closedAt" = now() - $3::interval WHERE "caseFileId" = $1 AND lane = $2`, [caseFileId, lane, interval]);

async function arrangeFile() {
  const file = await makeCaseFile({ lanes: ["ABH", "MBE"] });
  await makeEntry(file.caseFileId, "MBE", { title: "MBE-Beratung: Familiennachzug" });
  await makeEntry(file.caseFileId, "MBE", { kind: "TASK" });
  const abhEntry = await makeEntry(file.caseFileId, "ABH");
  await makeConsent(file.caseFileId, "MBE", "ABH", ["GENERAL"]);
  const abhToKim = await makeConsent(file.caseFileId, "ABH", "KIM", ["GENERAL"]);
  await admin().query(`INSERT INTO "Referral" ("caseFileId", "fromLane", "toLane", reason) VALUES ($1, 'MBE', 'KIM', 'Sprachkurs')`, [file.caseFileId]);
  const { rows: [request] } = await admin().query(`INSERT INTO "Request" ("caseFileId", channel, topic) VALUES ($1, 'COUNTER', 'residence') RETURNING id`, [file.caseFileId]);
  await admin().query(`INSERT INTO "RequestRoute" ("requestId", "caseFileId", lane) VALUES ($1, $2, 'MBE'), ($1, $2, 'ABH')`, [request.id, file.caseFileId]);
  return { ...file, abhEntry, abhToKim, requestId: request.id as string };
}

describe("lane retention", () => {
  it("deletes a lane closed longer than its period with its entries, consents, referrals and routes; other lanes stay", async () => {
    const file = await arrangeFile();
    await closeLane(a.mbe, { fileNumber: file.fileNumber });
    await closedAgo(file.caseFileId, "MBE", "37 months");
    await closeLane(a.abh, { fileNumber: file.fileNumber });
    await closedAgo(file.caseFileId, "ABH", "37 months"); // ABH keeps files for 120 months
    // an open lane is never due, however old
    const open = await makeCaseFile({ lanes: ["MBE"] });
    await makeEntry(open.caseFileId, "MBE");
    await admin().query(`UPDATE "CaseLane" SET "openedAt" = now() - interval '20 years' WHERE "caseFileId" = $1`, [open.caseFileId]);

    const expired = (await expireClosedLanes(jobs)).filter((e) => [file.caseFileId, open.caseFileId].includes(e.caseFileId));
    expect(expired).toEqual([{ caseFileId: file.caseFileId, lane: "MBE", entries: 2, consents: 1, referrals: 1, routes: 1 }]);

    const id = file.caseFileId;
    expect(await count(`SELECT count(*)::int AS n FROM "LaneEntry" WHERE "caseFileId" = $1 AND lane = 'MBE'`, [id])).toBe(0);
    expect((await admin().query(`SELECT id FROM "LaneEntry" WHERE "caseFileId" = $1`, [id])).rows).toEqual([{ id: file.abhEntry }]);
    expect((await admin().query(`SELECT id FROM "Consent" WHERE "caseFileId" = $1`, [id])).rows).toEqual([{ id: file.abhToKim }]);
    expect(await count(`SELECT count(*)::int AS n FROM "Referral" WHERE "caseFileId" = $1`, [id])).toBe(0);
    expect((await admin().query(`SELECT lane FROM "RequestRoute" WHERE "caseFileId" = $1`, [id])).rows).toEqual([{ lane: "ABH" }]);
    expect((await admin().query(`SELECT lane, status FROM "CaseLane" WHERE "caseFileId" = $1`, [id])).rows).toEqual([{ lane: "ABH", status: "CLOSED" }]);
    // the front office's part stays: person, file, request
    expect(await count(`SELECT count(*)::int AS n FROM "Request" WHERE id = $1`, [file.requestId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM "LaneEntry" WHERE "caseFileId" = $1`, [open.caseFileId])).toBe(1);

    // recorded, with counts and no content, and visible to the lane's lead; the chain still holds
    const { rows: audit } = await admin().query(`SELECT "actorId", action, purpose, lane, detail FROM "AuditEvent" WHERE "caseFileId" = $1 AND action = 'retention.expire'`, [id]);
    expect(audit).toEqual([{ actorId: null, action: "retention.expire", purpose: "retention", lane: "MBE",
      detail: expect.objectContaining({ months: 36, entries: 2, consents: 1, referrals: 1, routes: 1 }) }]);
    expect(JSON.stringify(audit)).not.toContain("Familiennachzug");
    expect((await listLaneAudit(a.mbeLead)).rows.some((r) => r.action === "retention.expire" && r.caseFileId === id)).toBe(true);
    expect((await verifyAuditChain(process.env.TEST_ADMIN_URL!)).ok).toBe(true);

    // nothing twice
    expect((await expireClosedLanes(jobs)).filter((e) => e.caseFileId === id)).toEqual([]);
  });

  it("follows the period the admin sets per lane; only admins read or change it", async () => {
    const file = await arrangeFile();
    await closeLane(a.abh, { fileNumber: file.fileNumber });
    await closedAgo(file.caseFileId, "ABH", "13 months");
    expect((await expireClosedLanes(jobs)).filter((e) => e.caseFileId === file.caseFileId)).toEqual([]);

    for (const role of ["FRONT_DESK", "CASEWORKER", "LANE_LEAD", "STEERING"]) {
      expect((await asAppRole({ role, lane: "ABH" }, `SELECT * FROM "LaneRetention"`)).rows, role).toEqual([]);
      expect((await asAppRole({ role, lane: "ABH" }, `UPDATE "LaneRetention" SET months = 1 WHERE lane = 'ABH'`)).rowCount, role).toBe(0);
    }
    expect((await asAppRole({ role: "ADMIN" }, `UPDATE "LaneRetention" SET months = 12, "updatedAt" = now() WHERE lane = 'ABH'`)).rowCount).toBe(1);
    expect((await expireClosedLanes(jobs)).filter((e) => e.caseFileId === file.caseFileId)).toEqual([
      { caseFileId: file.caseFileId, lane: "ABH", entries: 1, consents: 2, referrals: 0, routes: 1 }, // MBE → ABH and ABH → KIM
    ]);
  });

  it("is set by admins on their page, audited with the old and new value; others get 404; bad input changes nothing", async () => {
    expect((await listLaneRetention(a.admin)).map((r) => r.lane)).toEqual(["ABH", "SOZ", "KIM", "MBE", "JMD"]);
    await setLaneRetention(a.admin, { lane: "JMD", months: 24 });
    expect((await listLaneRetention(a.admin)).find((r) => r.lane === "JMD")?.months).toBe(24);
    const { rows } = await admin().query(`SELECT action, lane, "caseFileId", detail FROM "AuditEvent" WHERE "actorId" = $1 AND action = 'admin.retention.set'`, [a.admin.userId]);
    expect(rows).toEqual([{ action: "admin.retention.set", lane: null, caseFileId: null, detail: { lane: "JMD", from: 36, to: 24 } }]);
    for (const actor of [a.mbeLead, a.abh, a.steering]) {
      await expect(setLaneRetention(actor, { lane: "JMD", months: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listLaneRetention(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const months of ["0", "601", "2.5", "x"]) {
      expect(setLaneRetentionSchema.safeParse({ lane: "JMD", months }).error?.issues[0].message, months).toBe("admin:error.retentionMonths");
    }
    expect((await admin().query(`SELECT months FROM "LaneRetention" WHERE lane = 'JMD'`)).rows[0].months).toBe(24);
  });

  it("is the job worker's: the app role cannot run the expiry", async () => {
    await expect(asAppRole({ role: "ADMIN" }, `SELECT * FROM expire_closed_lanes(10)`)).rejects.toThrow(/permission denied/);
  });
});
