import { z } from "@/lib/validation";
import { BookingMode, Lane } from "@/lib/generated/prisma/enums";
import { DOCUMENT_KEYS } from "@/lib/catalogue/service-codes";
import { LOCALES, type Locale } from "@/lib/i18n/settings";

/**
 * One set of schemas for the admin catalogue forms and their use cases. Form values arrive as
 * strings (numbers, checkboxes, blank optional fields); messages are i18n keys.
 */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optionalInt = (min: number, max: number) => z.preprocess(blank, int(min, max).optional());
/** A checkbox: "on" when ticked, absent (or blank) when not. */
const checkbox = z.preprocess(blank, z.union([z.boolean(), z.enum(["true", "on", "false"])]).optional()).transform((v) => v === true || v === "true" || v === "on");
const optionalDate = z.preprocess(blank, z.iso.date({ error: "errors:invalidDate" }).optional());

/** Euros as typed ("60", "60,00", "60.5") → cents; blank = no fee. */
const fee = z.preprocess(
  blank,
  z
    .string()
    .trim()
    .regex(/^\d{1,5}([.,]\d{1,2})?$/, { error: "schedule:catalogue.error.fee" })
    .transform((s) => Math.round(Number(s.replace(",", ".")) * 100))
    .optional(),
);

/** Name and description per UI language, as flat form fields nameDe, descriptionDe, …; German is required. */
const name = z.string().trim().min(1).max(200);
const description = z.string().trim().min(1).max(2000);
const optionalName = z.preprocess(blank, z.string().trim().max(200).optional());
const optionalDescription = z.preprocess(blank, z.string().trim().max(2000).optional());
const textFields = {
  nameDe: name,
  descriptionDe: description,
  nameEn: optionalName,
  descriptionEn: optionalDescription,
  nameAr: optionalName,
  descriptionAr: optionalDescription,
  nameTr: optionalName,
  descriptionTr: optionalDescription,
  nameUk: optionalName,
  descriptionUk: optionalDescription,
};

export const textSuffix = (l: Locale) => l[0].toUpperCase() + l.slice(1);

export const serviceSchema = z
  .object({
    /** present when editing; code and lane are fixed then (bookings, requests and the need finder refer to them) */
    serviceId: z.preprocess(blank, z.uuid().optional()),
    code: z.preprocess(blank, z.string().trim().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, { error: "schedule:catalogue.error.code" }).optional()),
    lane: z.preprocess(blank, z.enum(Lane).optional()),
    durationMinutes: int(5, 480),
    bufferMinutes: int(0, 120),
    bookingMode: z.enum(BookingMode),
    minAge: optionalInt(0, 120),
    maxAge: optionalInt(0, 120),
    fee,
    requiredDocuments: z.array(z.enum(DOCUMENT_KEYS)).default([]),
    minNoticeMinutes: int(0, 60 * 24 * 30),
    horizonDays: int(1, 365),
    holdMinutes: int(1, 60),
    releaseDelayMinutes: int(0, 60 * 24 * 7),
    active: checkbox,
    ...textFields,
  })
  .superRefine((v, ctx) => {
    if (!v.serviceId && !v.code) ctx.addIssue({ code: "custom", path: ["code"], message: "errors:required" });
    if (!v.serviceId && !v.lane) ctx.addIssue({ code: "custom", path: ["lane"], message: "errors:required" });
    if (v.minAge !== undefined && v.maxAge !== undefined && v.minAge > v.maxAge) {
      ctx.addIssue({ code: "custom", path: ["maxAge"], message: "schedule:catalogue.error.ageRange" });
    }
    for (const l of LOCALES) {
      const s = textSuffix(l);
      const rec = v as Record<string, unknown>;
      if (!rec[`name${s}`] !== !rec[`description${s}`]) ctx.addIssue({ code: "custom", path: [rec[`name${s}`] ? `description${s}` : `name${s}`], message: "schedule:catalogue.error.textPair" });
    }
  });
export type ServiceInput = z.output<typeof serviceSchema>;

/** The texts of a service input, one per language that has them. */
export function textsOf(input: ServiceInput): { locale: Locale; name: string; description: string }[] {
  const rec = input as Record<string, unknown>;
  return LOCALES.flatMap((l) => {
    const name = rec[`name${textSuffix(l)}`];
    const description = rec[`description${textSuffix(l)}`];
    return typeof name === "string" && typeof description === "string" ? [{ locale: l, name, description }] : [];
  });
}

export const createCounterSchema = z.object({ locationId: z.uuid(), name: z.string().trim().min(1).max(80) });
export type CreateCounterInput = z.output<typeof createCounterSchema>;

export const updateCounterSchema = z.object({
  counterId: z.uuid(),
  name: z.string().trim().min(1).max(80),
  active: checkbox,
  serviceIds: z.array(z.uuid()).default([]),
});
export type UpdateCounterInput = z.output<typeof updateCounterSchema>;

/** "HH:MM" on the wall clock in Berlin → minutes after midnight; "24:00" ends a day. */
const clock = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: "schedule:catalogue.error.time" })
  .transform((s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5)));

export const openingRuleSchema = z
  .object({
    counterId: z.uuid(),
    weekday: int(1, 7),
    start: clock,
    end: clock,
    validFrom: optionalDate,
    validUntil: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.start >= v.end) ctx.addIssue({ code: "custom", path: ["end"], message: "schedule:catalogue.error.endBeforeStart" });
    if (v.validFrom && v.validUntil && v.validFrom > v.validUntil) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "schedule:catalogue.error.endBeforeStart" });
  });
export type OpeningRuleInput = z.output<typeof openingRuleSchema>;

/** A wall-clock moment in Berlin as a datetime-local input gives it: "YYYY-MM-DDTHH:MM". */
const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "errors:invalidDate" })
  .transform((s) => ({ date: s.slice(0, 10), minute: Number(s.slice(11, 13)) * 60 + Number(s.slice(14, 16)) }));

export const closureSchema = z
  .object({
    locationId: z.preprocess(blank, z.uuid().optional()),
    counterId: z.preprocess(blank, z.uuid().optional()),
    startsAt: localDateTime,
    endsAt: localDateTime,
    reason: z.string().trim().min(1).max(200),
  })
  .superRefine((v, ctx) => {
    if (!v.locationId === !v.counterId) ctx.addIssue({ code: "custom", path: ["counterId"], message: "errors:invalidChoice" });
    const key = (x: { date: string; minute: number }) => `${x.date}/${String(x.minute).padStart(4, "0")}`;
    if (key(v.startsAt) >= key(v.endsAt)) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "schedule:catalogue.error.endBeforeStart" });
  });
export type ClosureInput = z.output<typeof closureSchema>;

export const ruleIdSchema = z.object({ ruleId: z.uuid() });
export const closureIdSchema = z.object({ closureId: z.uuid() });
