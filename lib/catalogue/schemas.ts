import { z } from "@/lib/validation";
import { Allocation, BookingMode, Lane, LocationKind } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/settings";
import { isValidDate } from "@/lib/availability/berlin-time";

/** Shared by the public pages and API v1; messages are i18n keys (lib/validation.ts). */
export const serviceCode = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/);
export const localDate = z.string().refine(isValidDate, { error: "errors:invalidDate" }).describe("local date in Europe/Berlin, YYYY-MM-DD");

/** The most days one slot request may span (the horizon clips it further). */
export const MAX_SLOT_DAYS = 92;

export const listServicesQuery = z.object({
  locale: z.enum(LOCALES).default("de").describe("language of names and descriptions (falls back to German)"),
  lane: z.enum(Lane).optional().describe("only the services of one institution"),
});
export type ListServicesInput = z.output<typeof listServicesQuery>;

const weeklyHours = z.object({
  weekday: z.int().min(1).max(7).describe("ISO weekday, 1 = Monday"),
  startMinute: z.int().describe("minutes after local midnight, Europe/Berlin"),
  endMinute: z.int(),
});

export const serviceLocation = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  kind: z.enum(LocationKind),
  openingHours: z.array(weeklyHours).describe("when counters serving this service are open (current rules)"),
});

export const serviceView = z.object({
  code: z.string(),
  lane: z.enum(Lane),
  name: z.string(),
  description: z.string(),
  textLocale: z.string().describe("language the name and description are in (German when no translation exists)"),
  durationMinutes: z.int(),
  bookingMode: z.enum(BookingMode),
  allocation: z.enum(Allocation),
  minAge: z.int().nullable(),
  maxAge: z.int().nullable(),
  feeCents: z.int().nullable().describe("fee in euro cents; null = free of charge"),
  requiredDocuments: z.array(z.string()).describe("checklist keys"),
  horizonDays: z.int(),
  locations: z.array(serviceLocation),
});
export type ServiceView = z.output<typeof serviceView>;

export const listServicesResponse = z.object({ services: z.array(serviceView) });

export const listSlotsParams = z.object({ code: serviceCode });
export const listSlotsQuery = z.object({
  from: localDate.optional().describe("first local date (default today)"),
  days: z.coerce.number().int().min(1).max(MAX_SLOT_DAYS).default(14).describe("number of days from `from`"),
});
export type ListSlotsInput = z.output<typeof listSlotsQuery> & { code: string };

export const slotDto = z.object({
  start: z.iso.datetime().describe("UTC"),
  end: z.iso.datetime().describe("UTC; the appointment's end"),
  free: z.int().min(1).describe("how many counters are free at this time"),
});

export const listSlotsResponse = z.object({
  service: z.string(),
  bookingMode: z.enum(BookingMode),
  allocation: z.enum(Allocation),
  bookableOnline: z.boolean().describe("false for desk-only, walk-in and draw services: no slots are listed"),
  timeZone: z.literal("Europe/Berlin"),
  days: z.array(z.object({ date: z.iso.date().describe("local date"), slots: z.array(slotDto) })),
});
export type SlotList = z.output<typeof listSlotsResponse>;
