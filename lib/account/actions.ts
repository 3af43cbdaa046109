"use server";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { noInputSchema, totpCodeSchema } from "./schemas";
import { startTotpEnrolment } from "./start-totp-enrolment";
import { confirmTotpEnrolment } from "./confirm-totp-enrolment";
import { regenerateRecoveryCodes } from "./regenerate-recovery-codes";
import { disableTotp } from "./disable-totp";

// These actions are the enrolment itself, so they must work while mustEnrolTotp is true: like
// requireStaff, staffAction has to let the "account.security" permission through in that state.
export const startTotpEnrolmentAction = staffAction("account.security", noInputSchema, async (_input, actor) => {
  await startTotpEnrolment(actor);
  refresh(); // the page now shows the QR code
});

// No revalidation: the recovery codes live only in the form's state and must stay on screen.
export const confirmTotpEnrolmentAction = staffAction("account.security", totpCodeSchema, (input, actor) => confirmTotpEnrolment(actor, input));

export const regenerateRecoveryCodesAction = staffAction("account.security", totpCodeSchema, (input, actor) => regenerateRecoveryCodes(actor, input));

export const disableTotpAction = staffAction("account.security", totpCodeSchema, async (input, actor) => {
  await disableTotp(actor, input);
  refresh();
});
