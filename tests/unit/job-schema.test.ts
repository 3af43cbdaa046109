import { readFileSync } from "node:fs";
import PgBoss from "pg-boss";
import { describe, expect, it } from "vitest";
import { JOBS_SCHEMA } from "@/lib/jobs/queue";

/**
 * The job queue's tables come from our migration (owner rights at provisioning time; the worker
 * runs with migrate: false). If pg-boss is upgraded to a version that builds another schema, the
 * worker would refuse to start ("requires migrations"): this test says so first. Fix: a new
 * migration with PgBoss.getMigrationPlans(), never an edit of the old one.
 */
describe("the pg-boss schema in migration 20261201010000_messages", () => {
  it("is what the installed pg-boss builds", () => {
    const migration = readFileSync("prisma/migrations/20261201010000_messages/migration.sql", "utf8");
    const plan = PgBoss.getConstructionPlans(JOBS_SCHEMA)
      .replace(/^\s*BEGIN;\s*$/m, "")
      .replace(/^\s*SET LOCAL[^\n]*\n/gm, "")
      .replace(/^\s*COMMIT;\s*$/m, "")
      .trim();
    expect(migration).toContain(plan);
  });
});
