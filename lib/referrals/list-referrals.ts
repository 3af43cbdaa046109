import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { laneOf } from "@/lib/lanes/lane-staff";

/**
 * Referrals of a file from or to the actor's lane (the receiving lane needs the reason). Part of
 * the case view, whose read getCaseFile has already audited; RLS shows no other lane's referrals.
 */
export async function listReferrals(actor: Actor, caseFileId: string) {
  const lane = laneOf(actor);
  return withActor(actor, (tx) =>
    tx.referral.findMany({
      where: { caseFileId, OR: [{ fromLane: lane }, { toLane: lane }] },
      orderBy: { createdAt: "desc" },
      select: { id: true, fromLane: true, toLane: true, reason: true, consentId: true, createdAt: true },
    }),
  );
}
