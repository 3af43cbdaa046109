import { beforeAll, describe, expect, it } from "vitest";
import { admin } from "../setup/admin-db";
import { makeCaseFile, makeConsent, makeEntry } from "../factories/case-file";
import { makeActor, makeAllActors } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import type { Lane } from "@/lib/generated/prisma/enums";
import { getCaseFile } from "@/lib/cases/get-case-file";
import { toCaseFileDto } from "@/lib/cases/api-specs";
import { createLaneEntry } from "@/lib/lanes/create-lane-entry";
import { completeTask } from "@/lib/lanes/complete-task";
import { closeLane } from "@/lib/lanes/close-lane";
import { assignLane } from "@/lib/lanes/assign-lane";
import { acceptRoute } from "@/lib/lanes/accept-route";
import { listInbox } from "@/lib/lanes/list-inbox";
import { listLaneAudit } from "@/lib/lanes/list-lane-audit";
import { listLaneStaff } from "@/lib/lanes/list-lane-staff";
import { listLaneEntries } from "@/lib/lanes/list-lane-entries";
import { officeDate } from "@/lib/lanes/lane-staff";
import { grantConsent } from "@/lib/consents/grant-consent";
import { revokeConsent } from "@/lib/consents/revoke-consent";
import { createReferral } from "@/lib/referrals/create-referral";

const count = async (table: string, caseFileId: string) =>
  (await admin().query(`SELECT count(*)::int AS n FROM "${table}" WHERE "caseFileId" = $1`, [caseFileId])).rows[0].n as number;

async function makeTask(caseFileId: string, lane: Lane, dueInDays: number, done = false) {
  const { rows } = await admin().query(
    `INSERT INTO "LaneEntry" ("caseFileId", lane, kind, category, title, "dueDate", "doneAt")
     VALUES ($1, $2, 'TASK', 'GENERAL', 'task ' || $3::text, $4::date, CASE WHEN $5 THEN now() END) RETURNING id`,
    [caseFileId, lane, dueInDays, officeDate(dueInDays), done],
  );
  return rows[0].id as string;
}

async function routeTo(caseFileId: string, lanes: Lane[]) {
  const { rows } = await admin().query(`INSERT INTO "Request" ("caseFileId", channel, topic, status) VALUES ($1, 'COUNTER', 'RESIDENCE', 'ROUTED') RETURNING id`, [caseFileId]);
  const ids: Record<string, string> = {};
  for (const lane of lanes) {
    const r = await admin().query(`INSERT INTO "RequestRoute" ("requestId", "caseFileId", lane) VALUES ($1, $2, $3) RETURNING id`, [rows[0].id, caseFileId, lane]);
    ids[lane] = r.rows[0].id;
  }
  return ids;
}

const note = { kind: "NOTE", category: "GENERAL", sensitivity: "NORMAL", title: "Gespräch", body: "" } as const;

describe("lane work", () => {
  let a: Awaited<ReturnType<typeof makeAllActors>>;
  beforeAll(async () => {
    a = await makeAllActors();
  });

  it("shows an ABH caseworker the ABH note, and nothing of the MBE lane — not even that it exists", async () => {
    const file = await makeCaseFile({ lanes: ["ABH", "MBE"] });
    const abhNote = await makeEntry(file.caseFileId, "ABH", { title: "ABH residence note", category: "RESIDENCE" });
    await makeEntry(file.caseFileId, "MBE", { title: "MBE secret counselling", category: "HOUSING" });
    await routeTo(file.caseFileId, ["ABH", "MBE"]);
    await makeConsent(file.caseFileId, "MBE", "KIM", ["HOUSING"]);

    const view = await getCaseFile(a.abh, file.fileNumber);
    expect(view.lanes.map((l) => l.lane)).toEqual(["ABH"]);
    expect(view.entries.map((e) => e.id)).toEqual([abhNote]);
    expect(view.requests).toHaveLength(1);
    expect(view.requests[0].routes.map((r) => r.lane)).toEqual(["ABH"]);
    expect(view.consents).toEqual([]);
    const json = JSON.stringify(toCaseFileDto(view));
    expect(json).not.toContain("MBE");
    expect(json).not.toContain("secret counselling");
    await expect(listLaneEntries(a.abh, file.fileNumber, "MBE")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("creates entries only in the actor's own lane, and nothing where that lane is not open", async () => {
    const file = await makeCaseFile({ lanes: ["MBE"] });
    const before = await count("LaneEntry", file.caseFileId);
    await expect(createLaneEntry(a.abh, { ...note, fileNumber: file.fileNumber })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createLaneEntry(a.abh, { ...note, fileNumber: "no-such-file" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await count("LaneEntry", file.caseFileId)).toBe(before);
    expect(await count("AuditEvent", file.caseFileId)).toBe(0);

    const entry = await createLaneEntry(a.mbe, { ...note, kind: "TASK", dueDate: officeDate(3), fileNumber: file.fileNumber });
    expect(entry.lane).toBe("MBE");
    const audit = await admin().query(`SELECT action, lane FROM "AuditEvent" WHERE "targetId" = $1`, [entry.id]);
    expect(audit.rows).toEqual([{ action: "laneEntry.create", lane: "MBE" }]);
  });

  it("completes own tasks once; shared tasks stay read-only", async () => {
    const file = await makeCaseFile({ lanes: ["MBE", "KIM"] });
    const task = await makeTask(file.caseFileId, "MBE", 1);
    await makeConsent(file.caseFileId, "MBE", "KIM", ["GENERAL"]);
    await expect(completeTask(a.kim, { entryId: task })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await completeTask(a.mbe, { entryId: task });
    await expect(completeTask(a.mbe, { entryId: task })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("closes the own lane; a closed lane takes no new entries", async () => {
    const file = await makeCaseFile({ lanes: ["SOZ"] });
    await closeLane(a.soz, { fileNumber: file.fileNumber });
    const { rows } = await admin().query(`SELECT status, "closedAt" IS NOT NULL AS closed FROM "CaseLane" WHERE "caseFileId" = $1`, [file.caseFileId]);
    expect(rows).toEqual([{ status: "CLOSED", closed: true }]);
    await expect(closeLane(a.soz, { fileNumber: file.fileNumber })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createLaneEntry(a.soz, { ...note, fileNumber: file.fileNumber })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(closeLane(a.abh, { fileNumber: file.fileNumber })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets only a lead assign, and only to active staff of the same lane", async () => {
    const file = await makeCaseFile({ lanes: ["KIM"] });
    const colleague = await makeActor("CASEWORKER", "KIM");
    const assigned = async () => (await admin().query(`SELECT "assignedToId" AS id FROM "CaseLane" WHERE "caseFileId" = $1`, [file.caseFileId])).rows[0].id;
    await expect(assignLane(a.kim, { fileNumber: file.fileNumber, userId: colleague.userId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignLane(a.kimLead, { fileNumber: file.fileNumber, userId: a.abh.userId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignLane(a.kimLead, { fileNumber: file.fileNumber, userId: a.frontDesk.userId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const inactive = await makeActor("CASEWORKER", "KIM");
    await admin().query(`UPDATE "User" SET active = false WHERE id = $1`, [inactive.userId]);
    await expect(assignLane(a.kimLead, { fileNumber: file.fileNumber, userId: inactive.userId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await assigned()).toBeNull();

    await assignLane(a.kimLead, { fileNumber: file.fileNumber, userId: colleague.userId });
    expect(await assigned()).toBe(colleague.userId);
    const staff = await listLaneStaff(a.kimLead);
    expect(staff.map((s) => s.id)).toContain(colleague.userId);
    expect(staff.map((s) => s.id)).not.toContain(inactive.userId);
    expect(staff.map((s) => s.id)).not.toContain(a.abh.userId);
  });

  it("fills the inbox with the own lane's new requests, my cases and due tasks", async () => {
    const me = await makeActor("CASEWORKER", "JMD");
    const lead = await makeActor("LANE_LEAD", "JMD");
    const file = await makeCaseFile({ lanes: ["JMD", "ABH"] });
    const routes = await routeTo(file.caseFileId, ["JMD", "ABH"]);
    await assignLane(lead, { fileNumber: file.fileNumber, userId: me.userId });
    const overdue = await makeTask(file.caseFileId, "JMD", -2);
    const soon = await makeTask(file.caseFileId, "JMD", 5);
    await makeTask(file.caseFileId, "JMD", 30); // beyond the horizon
    await makeTask(file.caseFileId, "JMD", 1, true); // done
    await makeTask(file.caseFileId, "ABH", 1); // other lane

    // other test files share the database and the JMD lane: look at this file's rows only
    const ofFile = <R extends { caseFileId: string }>(rows: R[]) => rows.filter((r) => r.caseFileId === file.caseFileId);
    const inbox = await listInbox(me);
    expect(ofFile(inbox.routes).map((r) => r.id)).toEqual([routes.JMD]);
    expect(ofFile(inbox.routes)[0].file?.fileNumber).toBe(file.fileNumber);
    expect(ofFile(inbox.routes)[0].request.topic).toBe("RESIDENCE");
    expect(inbox.cases.map((c) => c.caseFileId)).toEqual([file.caseFileId]); // assigned to me alone
    expect(ofFile(inbox.tasks).map((t) => [t.id, t.overdue])).toEqual([[overdue, true], [soon, false]]);
    const due = inbox.tasks.map((t) => t.dueDate!.getTime());
    expect(due).toEqual([...due].sort((x, y) => x - y));

    await expect(acceptRoute(me, { routeId: routes.ABH })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await acceptRoute(me, { routeId: routes.JMD });
    await expect(acceptRoute(me, { routeId: routes.JMD })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(ofFile((await listInbox(me)).routes)).toEqual([]);
    expect((await listInbox(lead)).cases).toEqual([]); // assigned to me, not to the lead
  });

  it("shows a lead only the audit trail of the own lane", async () => {
    const file = await makeCaseFile({ lanes: ["MBE", "ABH"] });
    await createLaneEntry(a.mbe, { ...note, fileNumber: file.fileNumber });
    await createLaneEntry(a.abh, { ...note, fileNumber: file.fileNumber });
    const page = await listLaneAudit(a.mbeLead);
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.actorId !== a.abh.userId)).toBe(true);
    const lanes = await admin().query(`SELECT DISTINCT lane FROM "AuditEvent" WHERE id = ANY($1::bigint[])`, [page.rows.map((r) => r.id)]);
    expect(lanes.rows).toEqual([{ lane: "MBE" }]);
    // other test files write MBE rows meanwhile: page back until this file's row shows up
    let mine;
    for (let p = 1, next = true; !mine && next; p++) {
      const result = await listLaneAudit(a.mbeLead, { page: p });
      mine = result.rows.find((r) => r.action === "laneEntry.create" && r.caseFileId === file.caseFileId);
      next = result.hasNext;
    }
    expect(mine).toMatchObject({ actorName: "CASEWORKER MBE", fileNumber: file.fileNumber });
    await expect(listLaneAudit(a.mbe)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists shared entries of another lane through the API use case, only with consent", async () => {
    const file = await makeCaseFile({ lanes: ["MBE", "KIM"] });
    const housing = await makeEntry(file.caseFileId, "MBE", { category: "HOUSING" });
    await makeEntry(file.caseFileId, "MBE", { category: "HEALTH" });
    await expect(listLaneEntries(a.kim, file.fileNumber, "MBE")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await makeConsent(file.caseFileId, "MBE", "KIM", ["HOUSING"]);
    const shared = await listLaneEntries(a.kim, file.fileNumber, "MBE");
    expect(shared.map((e) => e.id)).toEqual([housing]);
    expect(await listLaneEntries(a.kim, file.fileNumber, "KIM")).toEqual([]);
  });

  it("gives the front desk, admins and steering no lane use case at all", async () => {
    const file = await makeCaseFile({ lanes: ["ABH", "MBE"] });
    const task = await makeTask(file.caseFileId, "ABH", 1);
    const consent = await makeConsent(file.caseFileId, "ABH", "KIM", ["GENERAL"]);
    const routes = await routeTo(file.caseFileId, ["ABH"]);
    const before = await Promise.all(["LaneEntry", "Consent", "Referral", "CaseLane", "AuditEvent"].map((t) => count(t, file.caseFileId)));
    const calls: ((x: Actor) => Promise<unknown>)[] = [
      (x) => listInbox(x),
      (x) => createLaneEntry(x, { ...note, fileNumber: file.fileNumber }),
      (x) => completeTask(x, { entryId: task }),
      (x) => closeLane(x, { fileNumber: file.fileNumber }),
      (x) => assignLane(x, { fileNumber: file.fileNumber, userId: a.abh.userId }),
      (x) => acceptRoute(x, { routeId: routes.ABH }),
      (x) => listLaneAudit(x),
      (x) => listLaneStaff(x),
      (x) => listLaneEntries(x, file.fileNumber, "ABH"),
      (x) => grantConsent(x, { fileNumber: file.fileNumber, toLane: "KIM", categories: ["GENERAL"], purpose: "x", expiresOn: officeDate(30), noticeLanguage: "de" }),
      (x) => revokeConsent(x, { consentId: consent }),
      (x) => createReferral(x, { fileNumber: file.fileNumber, toLane: "KIM", reason: "x" }),
    ];
    for (const actor of [a.frontDesk, a.admin, a.steering]) {
      for (const call of calls) await expect(call(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const after = await Promise.all(["LaneEntry", "Consent", "Referral", "CaseLane", "AuditEvent"].map((t) => count(t, file.caseFileId)));
    expect(after).toEqual(before);
  });
});
