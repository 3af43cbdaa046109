import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { laneOf } from "./lane-staff";

/** The lane takes over a request the front desk (or a referral) routed to it. */
export async function acceptRoute(actor: Actor, input: { routeId: string }) {
  const lane = laneOf(actor);
  return withActor(actor, async (tx) => {
    const route = await tx.requestRoute.findFirst({ where: { id: input.routeId, lane } });
    if (!route) throw notFound("route");
    const acceptedAt = new Date();
    // conditional update: of two colleagues clicking at once, exactly one wins
    const { count } = await tx.requestRoute.updateMany({ where: { id: route.id, lane, acceptedAt: null }, data: { acceptedAt } });
    if (count === 0) throw new AppError("CONFLICT", "route already accepted", { messageKey: "lane:errors.alreadyAccepted" });
    await recordAudit(tx, actor, { action: "route.accept", purpose: "casework", caseFileId: route.caseFileId, lane, targetId: route.id });
    return { acceptedAt };
  });
}
