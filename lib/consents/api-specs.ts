import { z } from "@/lib/validation";
import type { ApiOperationSpec } from "@/lib/api/operation-spec";
import { DataCategory, Lane } from "@/lib/generated/prisma/enums";
import { fileNumberSchema } from "@/lib/lanes/schemas";
import { grantConsentBody } from "./schemas";

/** A consent as both of its lanes see it; who recorded or revoked it stays in the audit trail. */
export const consentResponse = z.object({
  id: z.uuid(),
  fromLane: z.enum(Lane),
  toLane: z.enum(Lane),
  categories: z.array(z.enum(DataCategory)),
  purpose: z.string(),
  noticeVersion: z.string(),
  noticeLanguage: z.string(),
  grantedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});

type ConsentRow = {
  id: string; fromLane: Lane; toLane: Lane; categories: DataCategory[]; purpose: string; noticeVersion: string;
  noticeLanguage: string; grantedAt: Date; expiresAt: Date; revokedAt: Date | null;
};

export const toConsentDto = (c: ConsentRow): z.output<typeof consentResponse> => ({
  id: c.id, fromLane: c.fromLane, toLane: c.toLane, categories: c.categories, purpose: c.purpose,
  noticeVersion: c.noticeVersion, noticeLanguage: c.noticeLanguage,
  grantedAt: c.grantedAt.toISOString(), expiresAt: c.expiresAt.toISOString(), revokedAt: c.revokedAt?.toISOString() ?? null,
});

export const grantConsentSpec = {
  operationId: "grantConsent",
  method: "post",
  path: "/api/v1/case-files/{fileNumber}/consents",
  summary: "Record a consent from the caller's lane to another lane (categories, purpose, expiry, notice shown)",
  tags: ["consents"],
  permission: "consent.grant",
  params: z.object({ fileNumber: fileNumberSchema }),
  body: grantConsentBody,
  response: z.object({ consent: consentResponse }),
  successStatus: 201,
} as const satisfies ApiOperationSpec & { permission: "consent.grant" };

export const revokeConsentSpec = {
  operationId: "revokeConsent",
  method: "post",
  path: "/api/v1/consents/{consentId}/revoke",
  summary: "Revoke a consent on the person's behalf (staff of either lane); access ends at once",
  tags: ["consents"],
  permission: "consent.revoke",
  params: z.object({ consentId: z.uuid() }),
  response: z.object({ id: z.uuid(), revokedAt: z.iso.datetime() }),
} as const satisfies ApiOperationSpec & { permission: "consent.revoke" };

export const consentApiSpecs: ApiOperationSpec[] = [grantConsentSpec, revokeConsentSpec];
