import { beforeAll, describe, expect, it } from "vitest";
import { admin } from "../setup/admin-db";
import { makeCaseFile, makeConsent, makeEntry } from "../factories/case-file";
import { makeAllActors } from "../factories/staff";
import { getCaseFile } from "@/lib/cases/get-case-file";
import { grantConsent } from "@/lib/consents/grant-consent";
import { revokeConsent } from "@/lib/consents/revoke-consent";
import { CONSENT_NOTICE_VERSION } from "@/lib/consents/notice";
import { officeDate } from "@/lib/lanes/lane-staff";

const grant = (fileNumber: string, over: Partial<Parameters<typeof grantConsent>[1]> = {}) => ({
  fileNumber,
  toLane: "KIM" as const,
  categories: ["HOUSING" as const],
  purpose: "Wohnungssuche gemeinsam begleiten",
  expiresOn: officeDate(180),
  noticeLanguage: "ar" as const,
  ...over,
});

describe("consent", () => {
  let a: Awaited<ReturnType<typeof makeAllActors>>;
  beforeAll(async () => {
    a = await makeAllActors();
  });

  it("lets exactly the consented categories cross, marked, audited, until revoked", async () => {
    const file = await makeCaseFile({ lanes: ["MBE", "KIM"] });
    const housing1 = await makeEntry(file.caseFileId, "MBE", { category: "HOUSING" });
    const housing2 = await makeEntry(file.caseFileId, "MBE", { category: "HOUSING", kind: "DECISION" });
    const health = await makeEntry(file.caseFileId, "MBE", { category: "HEALTH" });

    const before = await getCaseFile(a.kim, file.fileNumber);
    expect(before.entries).toEqual([]);
    expect(before.lanes.map((l) => l.lane)).toEqual(["KIM"]);

    const consent = await grantConsent(a.mbe, grant(file.fileNumber));
    expect(consent).toMatchObject({ fromLane: "MBE", toLane: "KIM", noticeVersion: CONSENT_NOTICE_VERSION, noticeLanguage: "ar", recordedById: a.mbe.userId });
    const granted = await admin().query(`SELECT action, lane FROM "AuditEvent" WHERE "consentId" = $1`, [consent.id]);
    expect(granted.rows).toEqual([{ action: "consent.grant", lane: "MBE" }]);

    const view = await getCaseFile(a.kim, file.fileNumber);
    expect(view.entries.map((e) => e.id).sort()).toEqual([housing1, housing2].sort());
    expect(view.entries.every((e) => e.sharedByConsent?.id === consent.id)).toBe(true);
    expect(view.entries.map((e) => e.id)).not.toContain(health);
    expect(view.lanes.map((l) => l.lane).sort()).toEqual(["KIM", "MBE"]);
    const read = await admin().query(`SELECT lane, detail FROM "AuditEvent" WHERE "consentId" = $1 AND action = 'lane.read_shared' AND "actorId" = $2`, [consent.id, a.kim.userId]);
    expect(read.rows).toEqual([{ lane: "MBE", detail: { entries: 2, reader: "KIM" } }]);

    await revokeConsent(a.kim, { consentId: consent.id });
    const after = await getCaseFile(a.kim, file.fileNumber);
    expect(after.entries).toEqual([]);
    expect(after.lanes.map((l) => l.lane)).toEqual(["KIM"]);
    // the receiving public body no longer even sees the revoked consent (it would reveal the
    // counselling); the granting service keeps the history
    expect(after.consents).toEqual([]);
    const source = await getCaseFile(a.mbe, file.fileNumber);
    expect(source.consents.map((c) => [c.id, c.revokedAt !== null])).toEqual([[consent.id, true]]);
    await expect(revokeConsent(a.mbe, { consentId: consent.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const revoked = await admin().query(`SELECT lane FROM "AuditEvent" WHERE "consentId" = $1 AND action = 'consent.revoke' ORDER BY lane`, [consent.id]);
    expect(revoked.rows).toEqual([{ lane: "KIM" }, { lane: "MBE" }]);
  });

  it("ignores an expired consent", async () => {
    const file = await makeCaseFile({ lanes: ["MBE", "KIM"] });
    await makeEntry(file.caseFileId, "MBE", { category: "HOUSING" });
    await makeConsent(file.caseFileId, "MBE", "KIM", ["HOUSING"], { expiresInDays: -1 });
    const view = await getCaseFile(a.kim, file.fileNumber);
    expect(view.entries).toEqual([]);
    expect(view.lanes.map((l) => l.lane)).toEqual(["KIM"]);
  });

  it("checks recipient, expiry and categories, and writes nothing when refused", async () => {
    const file = await makeCaseFile({ lanes: ["MBE"] });
    const consents = async () => (await admin().query(`SELECT count(*)::int AS n FROM "Consent" WHERE "caseFileId" = $1`, [file.caseFileId])).rows[0].n;
    await expect(grantConsent(a.mbe, grant(file.fileNumber, { toLane: "MBE" }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { toLane: ["lane:errors.sameLane"] } });
    await expect(grantConsent(a.mbe, grant(file.fileNumber, { expiresOn: officeDate(-1) }))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(grantConsent(a.mbe, grant(file.fileNumber, { expiresOn: officeDate(800) }))).rejects.toMatchObject({ code: "VALIDATION" });
    // only the institution holding the data can record the consent
    await expect(grantConsent(a.jmd, grant(file.fileNumber))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(grantConsent(a.abh, grant(file.fileNumber))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await consents()).toBe(0);
    const ok = await grantConsent(a.mbe, grant(file.fileNumber, { categories: ["HOUSING", "HOUSING", "WORK"], expiresOn: officeDate(700) }));
    expect(ok.categories).toEqual(["HOUSING", "WORK"]);
  });

  it("lets only the two lanes of a consent see or revoke it", async () => {
    const file = await makeCaseFile({ lanes: ["MBE", "KIM", "ABH"] });
    const consent = await makeConsent(file.caseFileId, "MBE", "KIM", ["HOUSING"]);
    await expect(revokeConsent(a.abh, { consentId: consent })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeConsent(a.jmd, { consentId: consent })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getCaseFile(a.abh, file.fileNumber)).consents).toEqual([]);
    const { rows } = await admin().query(`SELECT "revokedAt" FROM "Consent" WHERE id = $1`, [consent]);
    expect(rows[0].revokedAt).toBeNull();
    await revokeConsent(a.mbeLead, { consentId: consent });
  });
});
