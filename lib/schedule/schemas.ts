import { z } from "@/lib/validation";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A local calendar date "YYYY-MM-DD" (Europe/Berlin), e.g. from a date input or a link. */
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "errors:invalidDate" }).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: "errors:invalidDate" });

/** The day view's query string: which location, which day (defaults: the first location, today). */
export const dayScheduleSchema = z.object({
  location: z.preprocess(blankToUndefined, z.uuid().optional()),
  date: z.preprocess(blankToUndefined, localDate.optional()),
});
export type DayScheduleQuery = z.output<typeof dayScheduleSchema>;

/** The staff booking page's query string: service, day, and the case file to prefill from. */
export const staffBookingQuerySchema = z.object({
  service: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  date: z.preprocess(blankToUndefined, localDate.optional()),
  file: z.preprocess(blankToUndefined, z.string().trim().max(40).optional()),
});
export type StaffBookingQuery = z.output<typeof staffBookingQuerySchema>;
