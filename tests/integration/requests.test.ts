import { beforeAll, describe, expect, it } from "vitest";
import { createRequest } from "@/lib/requests/create-request";
import { routeRequest } from "@/lib/requests/route-request";
import { recordRequestFormSchema } from "@/lib/requests/schemas";
import { getCaseFile } from "@/lib/cases/get-case-file";
import { can } from "@/lib/auth/permissions";
import { toAppError } from "@/lib/errors";
import { admin } from "../setup/admin-db";
import { makeCaseFile } from "../factories/case-file";
import { makeAllActors } from "../factories/staff";

type Actors = Awaited<ReturnType<typeof makeAllActors>>;

const lanesOf = async (caseFileId: string) =>
  (await admin().query(`SELECT lane, status FROM "CaseLane" WHERE "caseFileId" = $1 ORDER BY lane`, [caseFileId])).rows;
const routesOf = async (requestId: string) =>
  (await admin().query(`SELECT lane FROM "RequestRoute" WHERE "requestId" = $1 ORDER BY lane`, [requestId])).rows.map((r) => r.lane);
const requestRow = async (requestId: string) => (await admin().query(`SELECT * FROM "Request" WHERE id = $1`, [requestId])).rows[0];

describe("recording and routing requests", () => {
  let actors: Actors;
  beforeAll(async () => {
    actors = await makeAllActors();
  });

  it("routes to ABH and MBE; each side sees only what it may", async () => {
    const file = await makeCaseFile();
    const result = await createRequest(actors.frontDesk, { fileNumber: file.fileNumber, channel: "COUNTER", topic: "FAMILY_REUNIFICATION", summary: "Ehefrau nachholen", lanes: ["ABH", "MBE"] });
    expect(result).toMatchObject({ status: "ROUTED", routedTo: ["ABH", "MBE"], externalReferral: null, fileNumber: file.fileNumber });

    expect(await lanesOf(file.caseFileId)).toEqual([{ lane: "ABH", status: "OPEN" }, { lane: "MBE", status: "OPEN" }]);
    expect(await routesOf(result.requestId)).toEqual(["ABH", "MBE"]);
    expect(await requestRow(result.requestId)).toMatchObject({ status: "ROUTED", summary: "Ehefrau nachholen", createdById: actors.frontDesk.userId });

    const desk = await getCaseFile(actors.frontDesk, file.fileNumber);
    expect(desk.lanes.map((l) => l.lane)).toEqual(["ABH"]);
    expect(desk.requests.map((r) => [r.id, r.routes.map((x) => x.lane)])).toEqual([[result.requestId, ["ABH"]]]);
    expect(desk.entries).toEqual([]);

    const abh = await getCaseFile(actors.abh, file.fileNumber);
    expect(abh.lanes.map((l) => l.lane)).toEqual(["ABH"]);
    expect(abh.requests.flatMap((r) => r.routes.map((x) => x.lane))).toEqual(["ABH"]);

    const mbe = await getCaseFile(actors.mbe, file.fileNumber);
    expect(mbe.lanes.map((l) => l.lane)).toEqual(["MBE"]);
    expect(mbe.requests.map((r) => [r.id, r.topic, r.routes.map((x) => x.lane)])).toEqual([[result.requestId, "FAMILY_REUNIFICATION", ["MBE"]]]);

    const audit = (await admin().query(`SELECT action, lane FROM "AuditEvent" WHERE "targetId" = $1 ORDER BY id`, [result.requestId])).rows;
    expect(audit).toEqual([
      { action: "request.create", lane: null },
      { action: "request.route", lane: "ABH" },
      { action: "request.route", lane: "MBE" },
    ]);
  });

  it("records first and routes later (the API's two steps)", async () => {
    const file = await makeCaseFile({ lanes: ["ABH"] });
    const open = await createRequest(actors.frontDesk, { fileNumber: file.fileNumber, channel: "ONLINE", topic: "BENEFITS" });
    expect(open).toMatchObject({ status: "OPEN", routedTo: [] });
    // an unrouted request is the front desk's to see, nobody else's yet
    expect((await getCaseFile(actors.frontDesk, file.fileNumber)).requests.map((r) => r.status)).toEqual(["OPEN"]);
    expect((await getCaseFile(actors.abh, file.fileNumber)).requests).toEqual([]);

    const routed = await routeRequest(actors.frontDesk, { requestId: open.requestId, lanes: ["SOZ", "SOZ"] });
    expect(routed).toMatchObject({ status: "ROUTED", routedTo: ["SOZ"] });
    expect(await lanesOf(file.caseFileId)).toEqual([{ lane: "ABH", status: "OPEN" }, { lane: "SOZ", status: "OPEN" }]);
    expect((await getCaseFile(actors.soz, file.fileNumber)).requests.map((r) => r.id)).toEqual([open.requestId]);

    const again = await routeRequest(actors.frontDesk, { requestId: open.requestId, lanes: ["KIM"] }).catch(toAppError);
    expect(again).toMatchObject({ code: "CONFLICT", messageKey: "desk:route.errors.alreadyRouted" });
    expect(await routesOf(open.requestId)).toEqual(["SOZ"]);
  });

  it("re-opens a closed lane when a new request is routed to it", async () => {
    const file = await makeCaseFile({ lanes: ["KIM"] });
    await admin().query(`UPDATE "CaseLane" SET status = 'CLOSED', "closedAt" = now() WHERE "caseFileId" = $1`, [file.caseFileId]);
    await createRequest(actors.frontDesk, { fileNumber: file.fileNumber, channel: "PHONE", topic: "LANGUAGE_COURSE", lanes: ["KIM"] });
    expect(await lanesOf(file.caseFileId)).toEqual([{ lane: "KIM", status: "OPEN" }]);
  });

  it("hides a request routed only to an independent service from the front desk afterwards", async () => {
    const file = await makeCaseFile();
    const result = await createRequest(actors.frontDesk, { fileNumber: file.fileNumber, channel: "COUNTER", topic: "YOUTH_COUNSELLING", lanes: ["JMD"] });
    expect(result.routedTo).toEqual(["JMD"]);
    const desk = await getCaseFile(actors.frontDesk, file.fileNumber);
    expect(desk.requests).toEqual([]);
    expect(desk.lanes).toEqual([]);
    expect((await getCaseFile(actors.jmd, file.fileNumber)).requests.map((r) => r.id)).toEqual([result.requestId]);
  });

  it("refers asylum topics to the external asylum office instead of opening lanes", async () => {
    const file = await makeCaseFile();
    const result = await createRequest(actors.frontDesk, { fileNumber: file.fileNumber, channel: "COUNTER", topic: "ASYLUM_ACCOMMODATION", lanes: [] });
    expect(result).toMatchObject({ status: "REFERRED_OUT", externalReferral: "ASYLUM_OFFICE", routedTo: [] });
    expect(await requestRow(result.requestId)).toMatchObject({ status: "REFERRED_OUT", externalReferral: "ASYLUM_OFFICE" });
    expect(await lanesOf(file.caseFileId)).toEqual([]);
    expect(await routesOf(result.requestId)).toEqual([]);
    // still on the front desk's file, with its referral
    expect((await getCaseFile(actors.frontDesk, file.fileNumber)).requests.map((r) => [r.status, r.externalReferral])).toEqual([["REFERRED_OUT", "ASYLUM_OFFICE"]]);

    const open = await createRequest(actors.frontDesk, { fileNumber: file.fileNumber, channel: "LETTER", topic: "RETURN" });
    const withLanes = await routeRequest(actors.frontDesk, { requestId: open.requestId, lanes: ["SOZ"] }).catch(toAppError);
    expect(withLanes).toMatchObject({ code: "VALIDATION", fieldErrors: { lanes: ["desk:route.errors.asylumNoLanes"] } });
    expect(await requestRow(open.requestId)).toMatchObject({ status: "OPEN", externalReferral: null });
  });

  it("needs at least one lane for other topics, in the form and in the use case", async () => {
    const file = await makeCaseFile();
    const form = recordRequestFormSchema.safeParse({ fileNumber: file.fileNumber, channel: "COUNTER", topic: "BENEFITS", summary: "" });
    expect(form.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["lanes", "desk:route.errors.chooseLane"]]);
    const asylum = recordRequestFormSchema.safeParse({ fileNumber: file.fileNumber, channel: "COUNTER", topic: "RETURN", lanes: ["ABH"] });
    expect(asylum.error?.issues.map((i) => i.message)).toEqual(["desk:route.errors.asylumNoLanes"]);
    expect(recordRequestFormSchema.safeParse({ fileNumber: file.fileNumber, channel: "KIOSK", topic: "X", lanes: ["ABH"] }).success).toBe(false);

    const open = await createRequest(actors.frontDesk, { fileNumber: file.fileNumber, channel: "COUNTER", topic: "BENEFITS" });
    expect(await routeRequest(actors.frontDesk, { requestId: open.requestId, lanes: [] }).catch(toAppError)).toMatchObject({ code: "VALIDATION" });
    expect(await requestRow(open.requestId)).toMatchObject({ status: "OPEN" });
  });

  it("answers unknown files and requests with NOT_FOUND", async () => {
    expect(await createRequest(actors.frontDesk, { fileNumber: "EH-1900-999999", channel: "COUNTER", topic: "BENEFITS" }).catch(toAppError)).toMatchObject({ code: "NOT_FOUND" });
    expect(await routeRequest(actors.frontDesk, { requestId: "00000000-0000-4000-8000-000000000000", lanes: ["ABH"] }).catch(toAppError)).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("who may record and route", () => {
  let actors: Actors;
  beforeAll(async () => {
    actors = await makeAllActors();
  });

  it("is the front desk's alone in the permission table", () => {
    for (const [name, actor] of Object.entries(actors)) {
      const expected = name === "frontDesk";
      expect(can(actor.role, "request.create"), name).toBe(expected);
      expect(can(actor.role, "request.route"), name).toBe(expected);
    }
  });

  it("gives roles without access NOT_FOUND from the use cases and writes nothing", async () => {
    const file = await makeCaseFile({ lanes: ["ABH"] });
    const open = await createRequest(actors.frontDesk, { fileNumber: file.fileNumber, channel: "COUNTER", topic: "BENEFITS" });
    const requestsBefore = (await admin().query(`SELECT count(*)::int AS n FROM "Request" WHERE "caseFileId" = $1`, [file.caseFileId])).rows[0].n;

    // files an actor cannot see (admin, steering; a counselling service without its lane on the file)
    for (const actor of [actors.admin, actors.steering, actors.mbe, actors.jmd]) {
      const created = await createRequest(actor, { fileNumber: file.fileNumber, channel: "COUNTER", topic: "BENEFITS", lanes: ["MBE"] }).catch(toAppError);
      expect(created).toMatchObject({ code: "NOT_FOUND" });
    }
    // an unrouted request is invisible to every lane, so it cannot be routed from there
    for (const actor of [actors.admin, actors.steering, actors.abh, actors.abhLead, actors.soz, actors.kim, actors.mbe, actors.mbeLead, actors.jmd]) {
      const routed = await routeRequest(actor, { requestId: open.requestId, lanes: ["SOZ"] }).catch(toAppError);
      expect(routed).toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await admin().query(`SELECT count(*)::int AS n FROM "Request" WHERE "caseFileId" = $1`, [file.caseFileId])).rows[0].n).toBe(requestsBefore);
    expect(await requestRow(open.requestId)).toMatchObject({ status: "OPEN" });
    expect(await routesOf(open.requestId)).toEqual([]);
    expect(await lanesOf(file.caseFileId)).toEqual([{ lane: "ABH", status: "OPEN" }]);
  });
});
