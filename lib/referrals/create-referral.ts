import { randomUUID } from "node:crypto";
import { withActor } from "@/lib/db";
import { isIndependentLane, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { findOwnLane, laneOf } from "@/lib/lanes/lane-staff";
import type { CreateReferralInput } from "./schemas";

/**
 * Hands a person over from the actor's lane to another: a Referral (visible to both lanes), a
 * request routed to the target lane, and the target lane opened on the file. Leaving MBE or JMD
 * needs an active consent from→to on this file (DESIGN.md §3 rule 2); the RLS policy on
 * Referral checks the same, so a bug here still cannot write a referral without one.
 */
export async function createReferral(actor: Actor, input: CreateReferralInput) {
  const fromLane = laneOf(actor);
  if (input.toLane === fromLane) {
    throw new AppError("VALIDATION", "referral to own lane", { fieldErrors: { toLane: ["lane:errors.sameLane"] } });
  }
  const independent = isIndependentLane(fromLane);
  return withActor(actor, async (tx) => {
    const { caseFileId } = await findOwnLane(tx, fromLane, input.fileNumber);
    if (independent && !input.consentId) throw new AppError("CONSENT_REQUIRED", "referral out of an independent lane without consent");
    if (input.consentId) {
      const consent = await tx.consent.findFirst({
        where: { id: input.consentId, caseFileId, fromLane, toLane: input.toLane, revokedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true },
      });
      if (!consent) throw new AppError("CONSENT_REQUIRED", "no active consent for this referral");
    }
    const referral = await tx.referral.create({
      data: { caseFileId, fromLane, toLane: input.toLane, reason: input.reason, consentId: input.consentId ?? null, createdById: actor.userId },
    });
    // The request and route are seen by whoever may see the target lane (for a public target:
    // the front desk and every public body). So they carry neither the reason nor a staff id
    // (which would name the counselling service, and whose absence would too if only MBE/JMD
    // left it out); author and reason stay on the Referral and in the audit trail.
    // Raw inserts: the caller may not be able to read these rows back (no RETURNING).
    const requestId = randomUUID();
    await tx.$executeRaw`INSERT INTO "Request" ("id", "caseFileId", "channel", "topic", "status")
      VALUES (${requestId}::uuid, ${caseFileId}::uuid, 'COUNTER', 'REFERRAL', 'ROUTED')`;
    await tx.$executeRaw`INSERT INTO "RequestRoute" ("requestId", "caseFileId", "lane")
      VALUES (${requestId}::uuid, ${caseFileId}::uuid, ${input.toLane}::"Lane")`;
    await tx.$executeRaw`SELECT open_case_lane(${caseFileId}::uuid, ${input.toLane}::"Lane")`;
    await recordAudit(tx, actor, {
      action: "referral.create",
      purpose: "casework",
      caseFileId,
      lane: fromLane,
      consentId: input.consentId ?? null,
      targetId: referral.id,
      detail: { toLane: input.toLane },
    });
    return referral;
  });
}
