import { withActor, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { Lane } from "@/lib/generated/prisma/enums";
import { ASYLUM_OFFICE, isAsylumTopic, isTopic } from "./topics";
import type { RequestResult } from "./schemas";

type OpenRequest = { id: string; caseFileId: string; fileNumber: string; topic: string; status: string };

/**
 * Routes an open request inside the caller's transaction. Order matters under row-level
 * security: the status changes while the request is still visible to the front desk, and the
 * routes are inserted without RETURNING, because a route to MBE/JMD is invisible to its author
 * afterwards. The target lane is opened through open_case_lane() (SECURITY DEFINER) for the
 * same reason. Asylum topics are not served in this office: they become an external referral.
 */
export async function routeWithin(tx: Tx, actor: Actor, request: OpenRequest, lanes: Lane[]): Promise<RequestResult> {
  if (!isTopic(request.topic)) throw new AppError("CONFLICT", `unknown topic ${request.topic}`);
  if (request.status !== "OPEN") throw new AppError("CONFLICT", "request already routed", { messageKey: "desk:route.errors.alreadyRouted" });
  const base = { requestId: request.id, fileNumber: request.fileNumber, topic: request.topic };

  if (isAsylumTopic(request.topic)) {
    if (lanes.length > 0) throw new AppError("VALIDATION", "asylum topics take no lanes", { fieldErrors: { lanes: ["desk:route.errors.asylumNoLanes"] } });
    await setStatus(tx, request.id, "REFERRED_OUT", ASYLUM_OFFICE);
    await recordAudit(tx, actor, { action: "request.route", caseFileId: request.caseFileId, targetId: request.id, detail: { externalReferral: ASYLUM_OFFICE } });
    return { ...base, status: "REFERRED_OUT", routedTo: [], externalReferral: ASYLUM_OFFICE };
  }

  const targets = [...new Set(lanes)];
  if (targets.length === 0) throw new AppError("VALIDATION", "no lane chosen", { fieldErrors: { lanes: ["desk:route.errors.chooseLane"] } });
  await setStatus(tx, request.id, "ROUTED", null);
  for (const lane of targets) {
    await tx.$executeRaw`INSERT INTO "RequestRoute" ("requestId", "caseFileId", lane, "routedById")
      VALUES (${request.id}::uuid, ${request.caseFileId}::uuid, ${lane}::"Lane", ${actor.userId}::uuid)`;
    await tx.$executeRaw`SELECT open_case_lane(${request.caseFileId}::uuid, ${lane}::"Lane")`;
    // the row carries the lane, so an independent service's routing shows only in its own trail
    await recordAudit(tx, actor, { action: "request.route", caseFileId: request.caseFileId, lane, targetId: request.id });
  }
  return { ...base, status: "ROUTED", routedTo: targets, externalReferral: null };
}

async function setStatus(tx: Tx, id: string, status: "ROUTED" | "REFERRED_OUT", externalReferral: string | null) {
  const changed = await tx.$executeRaw`UPDATE "Request" SET status = ${status}::"RequestStatus", "externalReferral" = ${externalReferral}
    WHERE id = ${id}::uuid AND status = 'OPEN'`;
  if (changed !== 1) throw new AppError("CONFLICT", "request changed meanwhile", { messageKey: "desk:route.errors.alreadyRouted" });
}

/** Routes a request recorded earlier (API, or a request left open at the counter). */
export async function routeRequest(actor: Actor, input: { requestId: string; lanes: Lane[] }): Promise<RequestResult> {
  return withActor(actor, async (tx) => {
    const request = await tx.request.findUnique({
      where: { id: input.requestId },
      select: { id: true, caseFileId: true, topic: true, status: true, caseFile: { select: { fileNumber: true } } },
    });
    if (!request) throw notFound("request");
    return routeWithin(tx, actor, { ...request, fileNumber: request.caseFile.fileNumber }, input.lanes);
  });
}
