import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { laneOf } from "@/lib/lanes/lane-staff";

/**
 * Staff of either side revoke a consent on the person's behalf. Access ends at once: every
 * read checks revokedAt (in the queries and in the RLS function app_has_consent).
 */
export async function revokeConsent(actor: Actor, input: { consentId: string }) {
  const lane = laneOf(actor);
  return withActor(actor, async (tx) => {
    const consent = await tx.consent.findFirst({ where: { id: input.consentId, OR: [{ fromLane: lane }, { toLane: lane }] } });
    if (!consent) throw notFound("consent");
    const revokedAt = new Date();
    // conditional update, so a second revocation (or a race) is reported, not repeated. Through
    // a database function: once revoked, a consent from MBE/JMD is no longer visible to the
    // receiving lane, and PostgreSQL checks that visibility on the updated row.
    const [{ revoked }] = await tx.$queryRaw<{ revoked: boolean }[]>`SELECT revoke_consent(${consent.id}::uuid, ${revokedAt}) AS revoked`;
    if (!revoked) throw new AppError("CONFLICT", "consent already revoked", { messageKey: "lane:errors.alreadyRevoked" });
    // the source institution's trail shows what happened to its data; when the receiving side
    // revoked, its own trail records the action too
    for (const trail of new Set([consent.fromLane, lane])) {
      await recordAudit(tx, actor, {
        action: "consent.revoke",
        purpose: "consent",
        caseFileId: consent.caseFileId,
        lane: trail,
        consentId: consent.id,
        detail: { fromLane: consent.fromLane, toLane: consent.toLane, byLane: lane },
      });
    }
    return { id: consent.id, revokedAt };
  });
}
