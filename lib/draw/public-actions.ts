"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/public-action";
import { manageToken } from "@/lib/booking/manage-link";
import { challengePayload } from "@/lib/challenge/schemas";
import { verifyChallengeSolution } from "@/lib/challenge/verify-solution";
import { LOCALES } from "@/lib/i18n/settings";
import { z } from "@/lib/validation";
import { confirmOffer } from "./confirm-offer";
import { getDrawEntry } from "./get-draw-entry";
import { registerForDraw } from "./register-for-draw";
import { drawEntryKeySchema, registerForDrawSchema } from "./schemas";

/**
 * Newcomers (public, no account): register for a draw (with the booking flow's proof-of-work),
 * look up the entry by code + date of birth, confirm an offer. The date of birth never goes
 * into a URL: the status page keeps it in the form.
 */
const locale = z.enum(LOCALES);

export const registerForDrawAction = publicAction(registerForDrawSchema.safeExtend({ challenge: challengePayload.optional() }), (input, client) =>
  registerForDraw(input, client, (tx) => verifyChallengeSolution(input.challenge, tx)),
);

export const lookupDrawEntryAction = publicAction(drawEntryKeySchema, getDrawEntry);

/** A confirmed offer is a booking: on to the booking flow's result page (receipt, calendar file). */
export const confirmOfferAction = publicAction(drawEntryKeySchema.safeExtend({ locale }), async (input, client) => {
  const { bookingCode } = await confirmOffer(input, client);
  redirect(`/${input.locale}/book/done?code=${encodeURIComponent(bookingCode)}&t=${encodeURIComponent(manageToken(bookingCode, input.birthDate))}`);
});
