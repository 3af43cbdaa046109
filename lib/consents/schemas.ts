import { z } from "@/lib/validation";
import { DataCategory, Lane } from "@/lib/generated/prisma/enums";
import { fileNumberSchema, isoDate } from "@/lib/lanes/schemas";
import { NOTICE_LANGUAGE_CODES } from "./notice";

/** Shared by the consent form and API v1. Expiry rules are checked again in the use case. */
export const grantConsentBody = z.object({
  toLane: z.enum(Lane),
  categories: z.array(z.enum(DataCategory), { error: "lane:errors.categoriesRequired" }).min(1, { error: "lane:errors.categoriesRequired" }).max(20),
  purpose: z.string().trim().min(1).max(500),
  expiresOn: isoDate.describe("last day the consent is valid (inclusive, office time); at most two years ahead"),
  noticeLanguage: z.enum(NOTICE_LANGUAGE_CODES),
});
export const grantConsentSchema = grantConsentBody.extend({ fileNumber: fileNumberSchema });
export type GrantConsentInput = z.output<typeof grantConsentSchema>;

export const revokeConsentSchema = z.object({ consentId: z.uuid() });
