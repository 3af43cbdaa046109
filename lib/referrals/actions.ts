"use server";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { createReferral } from "./create-referral";
import { createReferralSchema } from "./schemas";

export const createReferralAction = staffAction("referral.create", createReferralSchema, async (input, actor) => {
  await createReferral(actor, input);
  refresh();
});
