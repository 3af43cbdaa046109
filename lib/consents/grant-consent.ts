import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { findOwnLane, laneOf, officeDate } from "@/lib/lanes/lane-staff";
import { CONSENT_MAX_DAYS, CONSENT_NOTICE_VERSION } from "./notice";
import type { GrantConsentInput } from "./schemas";

const invalid = (field: string, key: string) => new AppError("VALIDATION", `invalid ${field}`, { fieldErrors: { [field]: [key] } });

/** The instant a consent valid "through" `day` ends: midnight after it, office time. */
export function endOfOfficeDay(day: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", timeZoneName: "longOffset" })
    .formatToParts(next)
    .find((p) => p.type === "timeZoneName")?.value.replace("GMT", "") || "+00:00";
  return new Date(`${next.toISOString().slice(0, 10)}T00:00:00${offset}`);
}

/**
 * Records a consent the person gave to the actor's institution: from the actor's lane (never
 * from input) to another lane, for named categories and a purpose, until an expiry at most two
 * years ahead, with the notice version and language the person was shown (DESIGN.md rule 7).
 */
export async function grantConsent(actor: Actor, input: GrantConsentInput) {
  const fromLane = laneOf(actor);
  if (input.toLane === fromLane) throw invalid("toLane", "lane:errors.sameLane");
  const expiresAt = endOfOfficeDay(input.expiresOn);
  if (expiresAt <= new Date() || input.expiresOn > officeDate(CONSENT_MAX_DAYS)) throw invalid("expiresOn", "lane:errors.expiryRange");
  const categories = [...new Set(input.categories)];
  return withActor(actor, async (tx) => {
    const { caseFileId } = await findOwnLane(tx, fromLane, input.fileNumber);
    const consent = await tx.consent.create({
      data: {
        caseFileId,
        fromLane,
        toLane: input.toLane,
        categories,
        purpose: input.purpose,
        expiresAt,
        noticeVersion: CONSENT_NOTICE_VERSION,
        noticeLanguage: input.noticeLanguage,
        recordedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "consent.grant",
      purpose: "consent",
      caseFileId,
      lane: fromLane,
      consentId: consent.id,
      detail: { toLane: input.toLane, categories, consentPurpose: input.purpose, expiresAt: expiresAt.toISOString(), noticeVersion: CONSENT_NOTICE_VERSION, noticeLanguage: input.noticeLanguage },
    });
    return consent;
  });
}
