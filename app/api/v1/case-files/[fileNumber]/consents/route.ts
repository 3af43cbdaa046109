import { apiOperation } from "@/lib/api/api-operation";
import { grantConsent } from "@/lib/consents/grant-consent";
import { grantConsentSpec, toConsentDto } from "@/lib/consents/api-specs";

export const POST = apiOperation(grantConsentSpec, async ({ params, body }, actor) => ({
  consent: toConsentDto(await grantConsent(actor, { ...body, fileNumber: params.fileNumber })),
}));
