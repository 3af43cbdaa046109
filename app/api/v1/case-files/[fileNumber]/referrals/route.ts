import { apiOperation } from "@/lib/api/api-operation";
import { createReferral } from "@/lib/referrals/create-referral";
import { createReferralSpec, toReferralDto } from "@/lib/referrals/api-specs";

export const POST = apiOperation(createReferralSpec, async ({ params, body }, actor) => ({
  referral: toReferralDto(await createReferral(actor, { ...body, fileNumber: params.fileNumber })),
}));
