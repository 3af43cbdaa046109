import { z } from "@/lib/validation";
import { Lane } from "@/lib/generated/prisma/enums";
import { fileNumberSchema } from "@/lib/lanes/schemas";

/** Shared by the referral form and API v1. The consent is required when leaving MBE or JMD. */
export const createReferralBody = z.object({
  toLane: z.enum(Lane),
  reason: z.string().trim().min(1).max(2000),
  consentId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid().optional()),
});
export const createReferralSchema = createReferralBody.extend({ fileNumber: fileNumberSchema });
export type CreateReferralInput = z.output<typeof createReferralSchema>;
