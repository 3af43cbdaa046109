import { describe, expect, it } from "vitest";
import pg from "pg";
import { admin } from "../setup/admin-db";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { makeActor } from "../factories/staff";

async function appClient() {
  const c = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await c.connect();
  return c;
}

describe("audit trail", () => {
  it("chains rows and stays intact under concurrent appends", async () => {
    const actor = await makeActor("CASEWORKER", "ABH");
    await Promise.all(Array.from({ length: 40 }, (_, i) => db.$transaction((tx) => recordAudit(tx, actor, { action: "test.concurrent", detail: { i } }))));
    const report = await verifyAuditChain(process.env.TEST_ADMIN_URL!);
    expect(report.ok).toBe(true);
    const distinct = await admin().query(`SELECT count(DISTINCT "prevHash")::int AS d, count(*)::int AS n FROM "AuditEvent"`);
    expect(distinct.rows[0].d).toBe(distinct.rows[0].n); // no fork: every row has its own predecessor
  });

  it("cannot be updated or deleted by the app role", async () => {
    const c = await appClient();
    try {
      await expect(c.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(c.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
      await expect(c.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
    } finally {
      await c.end();
    }
  });

  it("refuses updates even from the table owner (trigger)", async () => {
    await expect(admin().query(`UPDATE "AuditEvent" SET purpose = 'x' WHERE id = (SELECT min(id) FROM "AuditEvent")`)).rejects.toThrow(/append-only/);
  });

  it("detects tampering and names the first broken row", async () => {
    const actor = await makeActor("CASEWORKER", "KIM");
    for (let i = 0; i < 3; i++) await db.$transaction((tx) => recordAudit(tx, actor, { action: "test.tamper", detail: { i } }));
    const { rows } = await admin().query(`SELECT id::text FROM "AuditEvent" WHERE action = 'test.tamper' ORDER BY id LIMIT 1 OFFSET 1`);
    const victim = rows[0].id;
    const c = await admin().connect();
    try {
      // a superuser bypassing the trigger, as an attacker with database access would
      await c.query("BEGIN");
      await c.query("SET LOCAL session_replication_role = replica");
      await c.query(`UPDATE "AuditEvent" SET purpose = 'rewritten' WHERE id = $1`, [victim]);
      await c.query("COMMIT");
      const report = await verifyAuditChain(process.env.TEST_ADMIN_URL!);
      expect(report).toMatchObject({ ok: false, brokenAtId: victim });
    } finally {
      await c.query("BEGIN; SET LOCAL session_replication_role = replica");
      await c.query(`UPDATE "AuditEvent" SET purpose = '' WHERE id = $1`, [victim]);
      await c.query("COMMIT");
      c.release();
    }
    expect((await verifyAuditChain(process.env.TEST_ADMIN_URL!)).ok).toBe(true);
  });
});
