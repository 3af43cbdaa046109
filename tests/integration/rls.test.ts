import { beforeAll, describe, expect, it } from "vitest";
import { asAppRole, admin } from "../setup/admin-db";
import { makeCaseFile, makeConsent, makeEntry } from "../factories/case-file";
import { ensureInstitutions } from "../factories/staff";

/**
 * Raw queries as the app role, with no WHERE clause at all: only row-level security decides.
 * This is what a forgotten filter in application code would see.
 */
describe("row-level security on lane tables", () => {
  let file: Awaited<ReturnType<typeof makeCaseFile>>;
  let abhNote: string, mbeHousing: string, mbeHealth: string;

  beforeAll(async () => {
    await ensureInstitutions();
    file = await makeCaseFile({ lanes: ["ABH", "MBE"] });
    abhNote = await makeEntry(file.caseFileId, "ABH", { category: "RESIDENCE" });
    mbeHousing = await makeEntry(file.caseFileId, "MBE", { category: "HOUSING" });
    mbeHealth = await makeEntry(file.caseFileId, "MBE", { category: "HEALTH" });
  });

  const entriesSeenBy = async (role: string, lane: string | null) =>
    (await asAppRole<{ id: string }>({ role, lane }, `SELECT id FROM "LaneEntry" WHERE "caseFileId" = $1`, [file.caseFileId])).rows.map((r) => r.id);
  const lanesSeenBy = async (role: string, lane: string | null) =>
    (await asAppRole<{ lane: string }>({ role, lane }, `SELECT lane FROM "CaseLane" WHERE "caseFileId" = $1 ORDER BY lane`, [file.caseFileId])).rows.map((r) => r.lane);

  it("returns nothing without settings", async () => {
    const client = await asAppRole({ role: "" }, `SELECT count(*)::int AS n FROM "LaneEntry"`);
    expect(client.rows[0]).toEqual({ n: 0 });
    const persons = await asAppRole({ role: "" }, `SELECT count(*)::int AS n FROM "Person"`);
    expect(persons.rows[0]).toEqual({ n: 0 });
  });

  it("shows each lane only its own entries", async () => {
    expect(await entriesSeenBy("CASEWORKER", "ABH")).toEqual([abhNote]);
    expect((await entriesSeenBy("CASEWORKER", "MBE")).sort()).toEqual([mbeHousing, mbeHealth].sort());
    expect(await entriesSeenBy("CASEWORKER", "KIM")).toEqual([]);
    expect(await entriesSeenBy("FRONT_DESK", null)).toEqual([]);
    expect(await entriesSeenBy("ADMIN", null)).toEqual([]);
    expect(await entriesSeenBy("STEERING", null)).toEqual([]);
  });

  it("hides that an independent lane exists from public bodies and the front desk", async () => {
    expect(await lanesSeenBy("CASEWORKER", "ABH")).toEqual(["ABH"]);
    expect(await lanesSeenBy("FRONT_DESK", null)).toEqual(["ABH"]);
    expect(await lanesSeenBy("CASEWORKER", "KIM")).toEqual(["ABH"]);
    expect(await lanesSeenBy("CASEWORKER", "MBE")).toEqual(["MBE"]);
    expect(await lanesSeenBy("ADMIN", null)).toEqual([]);
  });

  it("lets a consent carry exactly its categories, read-only, until revoked", async () => {
    const consent = await makeConsent(file.caseFileId, "MBE", "KIM", ["HOUSING"]);
    expect(await entriesSeenBy("CASEWORKER", "KIM")).toEqual([mbeHousing]);
    expect(await lanesSeenBy("CASEWORKER", "KIM")).toEqual(["ABH", "MBE"]);
    // the consent is towards KIM only
    expect(await entriesSeenBy("CASEWORKER", "ABH")).toEqual([abhNote]);
    // read-only: an update through the consent touches nothing
    const upd = await asAppRole({ role: "CASEWORKER", lane: "KIM" }, `UPDATE "LaneEntry" SET title = 'x' WHERE id = $1`, [mbeHousing]);
    expect(upd.rowCount).toBe(0);
    await admin().query(`UPDATE "Consent" SET "revokedAt" = now() WHERE id = $1`, [consent]);
    expect(await entriesSeenBy("CASEWORKER", "KIM")).toEqual([]);
    expect(await lanesSeenBy("CASEWORKER", "KIM")).toEqual(["ABH"]);
  });

  it("ignores expired consents", async () => {
    await makeConsent(file.caseFileId, "MBE", "SOZ", ["HOUSING"], { expiresInDays: -1 });
    expect(await entriesSeenBy("CASEWORKER", "SOZ")).toEqual([]);
  });

  it("refuses writes into another lane", async () => {
    await expect(
      asAppRole({ role: "CASEWORKER", lane: "ABH" }, `INSERT INTO "LaneEntry" ("caseFileId", lane, kind, category, title) VALUES ($1, 'MBE', 'NOTE', 'GENERAL', 'x')`, [file.caseFileId]),
    ).rejects.toThrow(/row-level security/);
    const { rows } = await admin().query(`SELECT count(*)::int AS n FROM "LaneEntry" WHERE "caseFileId" = $1`, [file.caseFileId]);
    expect(rows[0].n).toBe(3);
  });

  it("keeps persons of independent lanes away from other independent lanes", async () => {
    const onlyMbe = await makeCaseFile({ lanes: ["MBE"] });
    const seen = async (role: string, lane: string | null) =>
      (await asAppRole({ role, lane }, `SELECT id FROM "Person" WHERE id = $1`, [onlyMbe.personId])).rowCount;
    expect(await seen("CASEWORKER", "MBE")).toBe(1);
    expect(await seen("CASEWORKER", "JMD")).toBe(0);
    expect(await seen("ADMIN", null)).toBe(0);
    expect(await seen("STEERING", null)).toBe(0);
  });
});
