import { z, pastDate } from "@/lib/validation";
import { Lane } from "@/lib/generated/prisma/enums";
import { PERSON_LANGUAGE_CODES } from "@/lib/persons/schemas";
import { challengePayload } from "@/lib/challenge/schemas";

/**
 * One set of schemas for the booking forms (later) and API v1. Messages are i18n keys
 * (lib/validation.ts); the booking's own ones live in the "booking" namespace.
 */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const checkbox = z
  .union([z.boolean(), z.enum(["true", "on", "false"])])
  .optional()
  .transform((v) => v === true || v === "true" || v === "on");

/** A point in time with its offset (e.g. 2026-12-03T09:30:00Z, as listSlots returns them). */
export const startsAtSchema = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .describe("slot start, ISO 8601 with offset (as listed by listSlots)");

export const birthDateSchema = pastDate.refine((s) => s >= "1900-01-01", { error: "errors:invalidDate" }).describe("YYYY-MM-DD");

/** What a person gives to book: name in any script, date of birth, e-mail OR mobile number. */
const personShape = {
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  birthDate: birthDateSchema,
  email: z.preprocess(blankToUndefined, z.email().max(200).optional()),
  phone: z.preprocess(
    blankToUndefined,
    z.string().trim().max(40).regex(/^\+?[\d\s()/-]{6,}$/, { error: "booking:error.phone" }).optional(),
  ),
  language: z.enum(PERSON_LANGUAGE_CODES).describe("language for messages and the receipt"),
  /** Booking for someone else (a relative, a client): the details are theirs, not the booker's. */
  onBehalf: checkbox,
};

/** Without an e-mail address the confirmation goes by SMS: one of the two is needed. */
function contactRequired(v: { email?: string; phone?: string }, ctx: z.RefinementCtx) {
  if (v.email || v.phone) return;
  for (const path of ["email", "phone"]) ctx.addIssue({ code: "custom", path: [path], message: "booking:error.contactRequired" });
}

export const personDetailsSchema = z.object(personShape).superRefine(contactRequired);
export type PersonDetails = z.output<typeof personDetailsSchema>;

const serviceRef = {
  serviceCode: z.string().trim().min(1).max(64).optional().describe("the service's code (listServices)"),
  serviceId: z.uuid().optional(),
};
function oneService(v: { serviceCode?: string; serviceId?: string }, ctx: z.RefinementCtx) {
  if (!v.serviceCode === !v.serviceId) ctx.addIssue({ code: "custom", path: ["serviceCode"], message: "booking:error.chooseService" });
}

/**
 * The solved proof-of-work (lib/challenge). Optional here because staff book on someone's
 * behalf with the same schema; the public entry points (API createBooking, the confirm action)
 * refuse a booking without it by calling verifyChallengeSolution (a blank form field counts as
 * missing, answered there with the one translated "browser check failed" message).
 */
const challengeField = { challenge: z.preprocess(blankToUndefined, challengePayload.optional()) };

/** Step 2 of the booking flow: hold a slot while the form is filled. */
export const holdSlotSchema = z.object({ ...serviceRef, startsAt: startsAtSchema }).superRefine(oneService);
export type HoldSlotInput = z.output<typeof holdSlotSchema>;

/** The last step of the booking flow: the held slot (by its code) and the person's details. */
export const confirmBookingSchema = z
  .object({ code: z.string().trim().min(1).max(20), ...personShape, ...challengeField })
  .superRefine(contactRequired);
export type ConfirmBookingInput = z.output<typeof confirmBookingSchema>;

/** API v1 createBooking and the staff form: slot and person in one step. */
export const createBookingSchema = z
  .object({ ...serviceRef, startsAt: startsAtSchema, ...personShape, ...challengeField })
  .superRefine(oneService)
  .superRefine(contactRequired);
export type CreateBookingInput = z.output<typeof createBookingSchema>;

export const bookingCodeParams = z.object({ code: z.string().trim().min(1).max(20).describe("booking code, e.g. K7M2-QX9P") });

/** Code + date of birth: the key to one's booking (wrong date of birth = unknown code). */
export const manageBookingSchema = z.object({ birthDate: birthDateSchema });
export type ManageBookingInput = z.output<typeof manageBookingSchema> & { code: string };

export const rescheduleBookingSchema = z.object({ birthDate: birthDateSchema, startsAt: startsAtSchema });
export type RescheduleBookingInput = z.output<typeof rescheduleBookingSchema> & { code: string };

/**
 * A booking as its owner sees it: what the receipt, the calendar file and the manage page
 * need. A cancelled booking whose slot is not yet released shows as CANCELLED.
 */
export const PUBLIC_STATUSES = ["HELD", "CONFIRMED", "CANCELLED", "EXPIRED", "CHECKED_IN", "NO_SHOW", "COMPLETED"] as const;
export const bookingViewSchema = z.object({
  code: z.string(),
  status: z.enum(PUBLIC_STATUSES),
  service: z.object({
    id: z.uuid(),
    code: z.string(),
    lane: z.enum(Lane),
    durationMinutes: z.int(),
    requiredDocuments: z.array(z.string()).describe("checklist keys"),
  }),
  location: z.object({ name: z.string(), address: z.string() }),
  counter: z.string(),
  startsAt: z.iso.datetime().describe("UTC"),
  endsAt: z.iso.datetime().describe("UTC"),
  person: z.object({
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.iso.date(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    language: z.string(),
    onBehalf: z.boolean(),
  }),
  bookedAt: z.iso.datetime().nullable().describe("when the booking was made (the receipt's timestamp); kept when rescheduled"),
  cancelledAt: z.iso.datetime().nullable(),
});
export type BookingView = z.output<typeof bookingViewSchema>;

export const heldSlotSchema = z.object({
  code: z.string().describe("keep it to confirm the booking"),
  serviceCode: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  holdExpiresAt: z.iso.datetime().describe("the slot is released after this time unless confirmed"),
});
export type HeldSlot = z.output<typeof heldSlotSchema>;

/** What the front desk learns after booking on someone's behalf. */
export const staffBookingResultSchema = z.object({
  booking: bookingViewSchema,
  fileNumber: z.string(),
  personCreated: z.boolean(),
  possibleDuplicate: z.boolean().describe("a similar person with the same date of birth exists: check at the desk"),
});
export type StaffBookingResult = z.output<typeof staffBookingResultSchema>;
