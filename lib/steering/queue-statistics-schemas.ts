import { z } from "@/lib/validation";
import { Lane } from "@/lib/generated/prisma/enums";
import { addDays, berlinToday, dateToUtcMidnight } from "@/lib/availability/berlin-time";

/** Without dates the report covers the last 14 Berlin days up to today; it never spans more than 92. */
export const DEFAULT_REPORT_DAYS = 14;
export const MAX_REPORT_DAYS = 92;

const DAY = z.iso.date();
const spanDays = (from: string, to: string) => (dateToUtcMidnight(to) - dateToUtcMidnight(from)) / 86_400_000 + 1;

/**
 * The report's range in Berlin calendar days (both inclusive) and an optional location. The
 * defaults are resolved here, so the 92-day limit also holds when only `from` is given. One
 * schema for the page's form, the CSV download and the API operation.
 */
export const queueStatisticsQuery = z
  .object({
    from: DAY.optional().describe("First Berlin day (YYYY-MM-DD); default: 13 days before `to`"),
    to: DAY.optional().describe("Last Berlin day (YYYY-MM-DD), inclusive; default: today"),
    locationId: z.uuid().optional().describe("Only this location; default: all locations"),
  })
  .transform((v, ctx) => {
    const to = v.to ?? berlinToday();
    const from = v.from ?? addDays(to, -(DEFAULT_REPORT_DAYS - 1));
    const days = spanDays(from, to);
    if (days < 1) ctx.addIssue({ code: "custom", message: "steering:queues.error.order", path: ["to"] });
    else if (days > MAX_REPORT_DAYS) ctx.addIssue({ code: "custom", message: "steering:queues.error.tooLong", path: ["from"] });
    return { from, to, locationId: v.locationId ?? null };
  });
export type QueueStatisticsQueryInput = z.input<typeof queueStatisticsQuery>;
export type QueueStatisticsRange = z.output<typeof queueStatisticsQuery>;

/** A published figure: the number, or why it is hidden (small-cell suppression, see publish-queue-row.ts). */
const figure = z.union([z.object({ value: z.number() }), z.object({ hidden: z.enum(["small", "secondary"]) })]);
/** A duration in seconds; null when nothing was measured (no call, no timed service). */
const duration = figure.nullable();

export const queueStatisticsRowSchema = z.object({
  day: z.iso.date(),
  lane: z.enum(Lane),
  serviceId: z.uuid().nullable().describe("null: the lane's general queue"),
  serviceCode: z.string().nullable(),
  serviceName: z.string().nullable(),
  issued: figure.describe("Tickets that entered this queue that day (a transfer enters the next queue)"),
  called: figure,
  served: figure.describe("Stops finished at this queue"),
  noShows: figure,
  transfersOut: figure,
  waitMedianSeconds: duration.describe("From entering the queue (issue, or transfer into it) to the first call"),
  waitP90Seconds: duration,
  serviceMedianSeconds: duration.describe("From the start of service to its end at this stop (finished or transferred on)"),
});
export type QueueStatisticsRow = z.output<typeof queueStatisticsRowSchema>;

export const queueStatisticsSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  locationId: z.uuid().nullable(),
  suppressed: z.boolean().describe("true: small cells are hidden (steering); lane leads get their own lane's exact figures"),
  rows: z.array(queueStatisticsRowSchema),
});
export type QueueStatistics = z.output<typeof queueStatisticsSchema>;
