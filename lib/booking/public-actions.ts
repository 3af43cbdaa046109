"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/public-action";
import { verifyChallengeSolution } from "@/lib/challenge/verify-solution";
import { LOCALES } from "@/lib/i18n/settings";
import { z } from "@/lib/validation";
import { cancelBooking } from "./cancel-booking";
import { confirmBooking } from "./confirm-booking";
import { bookingNotFound } from "./db-error";
import { getBooking } from "./get-booking";
import { holdSlot } from "./hold-slot";
import { manageToken, readManageToken } from "./manage-link";
import { rescheduleBooking } from "./reschedule-booking";
import { birthDateSchema, confirmBookingSchema, startsAtSchema } from "./schemas";

/**
 * The newcomer's booking flow and manage page (public, no account). Each action ends in a
 * redirect to the next step, so the forms work without JavaScript too. The manage link token
 * (code + date of birth, encrypted) is what carries a booking from page to page: the date of
 * birth never appears in a URL.
 */
const locale = z.enum(LOCALES);
const token = z.string().min(1).max(200);

const manageHref = (lng: string, code: string, birthDate: string, done?: "cancelled" | "rescheduled") =>
  `/${lng}/booking?code=${encodeURIComponent(code)}&t=${encodeURIComponent(manageToken(code, birthDate))}${done ? `&done=${done}` : ""}`;

function fromToken(t: string) {
  const key = readManageToken(t);
  if (!key) throw bookingNotFound();
  return key;
}

/** Step 2: the chosen time is held while the details are filled in. */
export const holdSlotAction = publicAction(
  z.object({ locale, serviceCode: z.string().trim().min(1).max(64), startsAt: startsAtSchema }),
  async (input, client) => {
    const held = await holdSlot({ serviceCode: input.serviceCode, startsAt: input.startsAt }, client);
    redirect(`/${input.locale}/book/${encodeURIComponent(held.serviceCode)}/details?hold=${encodeURIComponent(held.code)}`);
  },
);

/** Step 3: details + solved proof-of-work turn the hold into a booking (public entry point: the challenge is required). */
export const confirmBookingAction = publicAction(confirmBookingSchema.safeExtend({ locale }), async (input, client) => {
  const booking = await confirmBooking(input, client, (tx) => verifyChallengeSolution(input.challenge, tx));
  redirect(`/${input.locale}/book/done?code=${encodeURIComponent(booking.code)}&t=${encodeURIComponent(manageToken(booking.code, booking.person.birthDate))}`);
});

/** Manage page: code + date of birth open the booking (a wrong date of birth is "not found"). */
export const lookupBookingAction = publicAction(
  z.object({ locale, code: z.string().trim().min(1).max(20), birthDate: birthDateSchema }),
  async (input, client) => {
    const booking = await getBooking(input, client);
    redirect(manageHref(input.locale, booking.code, booking.person.birthDate));
  },
);

export const cancelBookingAction = publicAction(z.object({ locale, t: token }), async (input, client) => {
  const booking = await cancelBooking(fromToken(input.t), client);
  redirect(manageHref(input.locale, booking.code, booking.person.birthDate, "cancelled"));
});

export const rescheduleBookingAction = publicAction(z.object({ locale, t: token, startsAt: startsAtSchema }), async (input, client) => {
  const booking = await rescheduleBooking({ ...fromToken(input.t), startsAt: input.startsAt }, client);
  redirect(manageHref(input.locale, booking.code, booking.person.birthDate, "rescheduled"));
});
