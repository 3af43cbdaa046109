import { beforeAll, describe, expect, it } from "vitest";
import { admin, asAppRole } from "../setup/admin-db";
import { makeCaseFile, makeConsent } from "../factories/case-file";
import { makeAllActors } from "../factories/staff";
import { getCaseFile } from "@/lib/cases/get-case-file";
import { toCaseFileDto } from "@/lib/cases/api-specs";
import { createReferral } from "@/lib/referrals/create-referral";
import { listInbox } from "@/lib/lanes/list-inbox";
import { listReferrals } from "@/lib/referrals/list-referrals";

const TABLES = ["Referral", "Request", "RequestRoute", "CaseLane", "AuditEvent"];
const rowCounts = async (caseFileId: string) =>
  Promise.all(TABLES.map(async (t) => (await admin().query(`SELECT count(*)::int AS n FROM "${t}" WHERE "caseFileId" = $1`, [caseFileId])).rows[0].n as number));

describe("referrals", () => {
  let a: Awaited<ReturnType<typeof makeAllActors>>;
  beforeAll(async () => {
    a = await makeAllActors();
  });

  it("refuses a referral out of MBE without an active consent towards the target, and writes nothing", async () => {
    const file = await makeCaseFile({ lanes: ["MBE"] });
    const wrongTarget = await makeConsent(file.caseFileId, "MBE", "SOZ", ["HOUSING"]);
    const expired = await makeConsent(file.caseFileId, "MBE", "KIM", ["HOUSING"], { expiresInDays: -1 });
    const revoked = await makeConsent(file.caseFileId, "MBE", "KIM", ["HOUSING"], { revoked: true });
    const before = await rowCounts(file.caseFileId);
    for (const consentId of [undefined, wrongTarget, expired, revoked]) {
      await expect(createReferral(a.mbe, { fileNumber: file.fileNumber, toLane: "KIM", reason: "Wohnung", consentId })).rejects.toMatchObject({
        code: "CONSENT_REQUIRED",
      });
    }
    expect(await rowCounts(file.caseFileId)).toEqual(before);
  });

  it("is also refused by the database policy when app code skips the check", async () => {
    const file = await makeCaseFile({ lanes: ["JMD"] });
    await expect(
      asAppRole({ role: "CASEWORKER", lane: "JMD" }, `INSERT INTO "Referral" ("caseFileId", "fromLane", "toLane", reason) VALUES ($1, 'JMD', 'SOZ', 'x')`, [file.caseFileId]),
    ).rejects.toThrow(/row-level security/);
  });

  it("with consent: records the referral, routes a request and opens the target lane for it", async () => {
    const file = await makeCaseFile({ lanes: ["MBE", "ABH"] });
    const consent = await makeConsent(file.caseFileId, "MBE", "KIM", ["HOUSING"]);
    const referral = await createReferral(a.mbe, { fileNumber: file.fileNumber, toLane: "KIM", reason: "Begleitung Wohnungssuche", consentId: consent });
    expect(referral).toMatchObject({ fromLane: "MBE", toLane: "KIM", consentId: consent });

    const kimView = await getCaseFile(a.kim, file.fileNumber);
    expect(kimView.lanes.map((l) => l.lane)).toContain("KIM");
    const route = kimView.requests.flatMap((r) => r.routes).find((r) => r.lane === "KIM");
    expect(route).toBeDefined();
    expect((await listInbox(a.kim)).routes.map((r) => r.id)).toContain(route!.id);

    // public bodies and the front desk see a referral request to KIM, not where it came from
    const request = await admin().query(`SELECT topic, summary, "createdById" FROM "Request" WHERE "caseFileId" = $1`, [file.caseFileId]);
    expect(request.rows).toEqual([{ topic: "REFERRAL", summary: "", createdById: null }]);
    for (const outsider of [a.abh, a.frontDesk]) {
      const json = JSON.stringify(toCaseFileDto(await getCaseFile(outsider, file.fileNumber)));
      expect(json).not.toContain("MBE");
      expect(json).not.toContain("Wohnungssuche");
    }
    // the reason travels only on the Referral, readable by the two lanes involved
    expect((await listReferrals(a.kim, file.caseFileId)).map((r) => r.reason)).toEqual(["Begleitung Wohnungssuche"]);
    expect(await listReferrals(a.abh, file.caseFileId)).toEqual([]);
    const audit = await admin().query(`SELECT lane, "consentId" FROM "AuditEvent" WHERE action = 'referral.create' AND "targetId" = $1`, [referral.id]);
    expect(audit.rows).toEqual([{ lane: "MBE", consentId: consent }]);
  });

  it("needs no consent between public bodies, and never to the own lane", async () => {
    const file = await makeCaseFile({ lanes: ["ABH"] });
    await createReferral(a.abh, { fileNumber: file.fileNumber, toLane: "SOZ", reason: "Leistungen prüfen" });
    expect((await getCaseFile(a.soz, file.fileNumber)).lanes.map((l) => l.lane).sort()).toEqual(["ABH", "SOZ"]);
    await expect(createReferral(a.abh, { fileNumber: file.fileNumber, toLane: "ABH", reason: "x" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createReferral(a.kim, { fileNumber: file.fileNumber, toLane: "SOZ", reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
