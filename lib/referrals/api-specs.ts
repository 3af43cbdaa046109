import { z } from "@/lib/validation";
import type { ApiOperationSpec } from "@/lib/api/operation-spec";
import { Lane } from "@/lib/generated/prisma/enums";
import { fileNumberSchema } from "@/lib/lanes/schemas";
import { createReferralBody } from "./schemas";

export const referralResponse = z.object({
  id: z.uuid(),
  fromLane: z.enum(Lane),
  toLane: z.enum(Lane),
  reason: z.string(),
  consentId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});

export const toReferralDto = (r: { id: string; fromLane: Lane; toLane: Lane; reason: string; consentId: string | null; createdAt: Date }) => ({
  id: r.id, fromLane: r.fromLane, toLane: r.toLane, reason: r.reason, consentId: r.consentId, createdAt: r.createdAt.toISOString(),
});

export const createReferralSpec = {
  operationId: "createReferral",
  method: "post",
  path: "/api/v1/case-files/{fileNumber}/referrals",
  summary: "Refer the person from the caller's lane to another lane; out of MBE/JMD only with an active consent (422 CONSENT_REQUIRED)",
  tags: ["referrals"],
  permission: "referral.create",
  params: z.object({ fileNumber: fileNumberSchema }),
  body: createReferralBody,
  response: z.object({ referral: referralResponse }),
  successStatus: 201,
} as const satisfies ApiOperationSpec & { permission: "referral.create" };

export const referralApiSpecs: ApiOperationSpec[] = [createReferralSpec];
