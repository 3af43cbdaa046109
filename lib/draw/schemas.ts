import { z } from "@/lib/validation";
import { birthDateSchema, personDetailsSchema } from "@/lib/booking/schemas";
import { berlinWallTimeToUtc, isValidDate } from "@/lib/availability/berlin-time";
import { serviceCode } from "@/lib/catalogue/schemas";
import { Allocation } from "@/lib/generated/prisma/enums";

/** Messages are i18n keys; the draw's own ones live in the "draw" namespace. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const localDate = z.string().refine(isValidDate, { error: "errors:invalidDate" });
const { onBehalf: _onBehalf, ...personFields } = personDetailsSchema.shape;

/** Registration for a draw: the person (as for a booking), an optional urgency date, acceptable dates. */
export const registerForDrawSchema = z
  .object({
    serviceCode,
    ...personFields,
    urgentBy: z.preprocess(blankToUndefined, localDate.optional()).describe("e.g. the residence permit's expiry date"),
    acceptableDates: z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(localDate).min(1, { error: "draw:error.noDates" }).max(62)),
  })
  .superRefine((v, ctx) => {
    if (v.email || v.phone) return;
    for (const path of ["email", "phone"]) ctx.addIssue({ code: "custom", path: [path], message: "booking:error.contactRequired" });
  });
export type RegisterForDrawInput = z.output<typeof registerForDrawSchema>;

/** Entry code + date of birth: the key to one's entry (wrong date of birth = unknown code). */
export const drawEntryKeySchema = z.object({ code: z.string().trim().min(1).max(20), birthDate: birthDateSchema });
export type DrawEntryKey = z.output<typeof drawEntryKeySchema>;

export const setServiceAllocationSchema = z.object({ serviceCode, allocation: z.enum(Allocation) });
export type SetServiceAllocationInput = z.output<typeof setServiceAllocationSchema>;

/** A moment as a Date (API, tests) or as a datetime-local field's "YYYY-MM-DDTHH:mm", read as Berlin time. */
const berlinDateTime = z.union([
  z.date(),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "errors:invalidDate" })
    .refine((s) => isValidDate(s.slice(0, 10)), { error: "errors:invalidDate" })
    .transform((s) => berlinWallTimeToUtc(s.slice(0, 10), Number(s.slice(11, 13)) * 60 + Number(s.slice(14, 16)))),
]);

/** A request window: registration from opensAt to closesAt; the draw fills slots on slotsFrom…slotsUntil. */
export const openDrawWindowSchema = z
  .object({
    serviceCode,
    opensAt: berlinDateTime,
    closesAt: berlinDateTime,
    slotsFrom: localDate,
    slotsUntil: localDate,
    offerHours: z.coerce.number().int().min(1).max(336),
  })
  .superRefine((v, ctx) => {
    if (v.closesAt <= v.opensAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "draw:error.closesBeforeOpens" });
    if (v.slotsUntil < v.slotsFrom) ctx.addIssue({ code: "custom", path: ["slotsUntil"], message: "draw:error.untilBeforeFrom" });
  });
export type OpenDrawWindowInput = z.output<typeof openDrawWindowSchema>;

export const drawWindowRefSchema = z.object({ windowId: z.uuid() });
/** The seed is optional: normally the server draws one (nobody can choose it to favour someone). */
export const runDrawSchema = z.object({ windowId: z.uuid(), seed: z.preprocess(blankToUndefined, z.string().trim().min(8).max(128).optional()) });
export type RunDrawInput = z.output<typeof runDrawSchema>;

export const DRAW_ENTRY_STATUSES = ["WAITING", "OFFERED", "CONFIRMED", "EXPIRED", "LOST"] as const;

/** An entry as its owner sees it on the status page. */
export type DrawEntryView = {
  code: string;
  status: (typeof DRAW_ENTRY_STATUSES)[number];
  serviceCode: string;
  acceptableDates: string[];
  offer: { startsAt: string; expiresAt: string } | null;
  bookingCode: string | null;
};
