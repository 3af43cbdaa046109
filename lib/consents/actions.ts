"use server";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { grantConsent } from "./grant-consent";
import { revokeConsent } from "./revoke-consent";
import { grantConsentSchema, revokeConsentSchema } from "./schemas";

export const grantConsentAction = staffAction("consent.grant", grantConsentSchema, async (input, actor) => {
  await grantConsent(actor, input);
  refresh();
});

export const revokeConsentAction = staffAction("consent.revoke", revokeConsentSchema, async (input, actor) => {
  await revokeConsent(actor, input);
  refresh();
});
