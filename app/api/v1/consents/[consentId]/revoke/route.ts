import { apiOperation } from "@/lib/api/api-operation";
import { revokeConsent } from "@/lib/consents/revoke-consent";
import { revokeConsentSpec } from "@/lib/consents/api-specs";

export const POST = apiOperation(revokeConsentSpec, async ({ params }, actor) => {
  const { id, revokedAt } = await revokeConsent(actor, params);
  return { id, revokedAt: revokedAt.toISOString() };
});
