import { LOCALES } from "@/lib/i18n/settings";
import { z } from "@/lib/validation";
import { Lane, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { PERSON_LANGUAGE_CODES } from "@/lib/persons/schemas";

/** The announcement language: one of the languages persons are served in. */
const LANGUAGE = z.enum(PERSON_LANGUAGE_CODES);
const BIRTH_DATE = z.iso.date();

/** A walk-in ticket: for a service (its code) or a lane's general queue at a location. */
export const issueTicketSchema = z
  .object({
    locationId: z.uuid(),
    serviceCode: z.string().min(1).max(64).optional(),
    lane: z.enum(Lane).optional(),
    language: LANGUAGE.default("de"),
    priorities: z.array(z.enum(TicketPriority)).max(4).default([]),
    phone: z.string().regex(/^\+?[0-9 ()/-]{6,20}$/).optional(),
  })
  .refine((v) => Boolean(v.serviceCode) !== Boolean(v.lane), { message: "queue:error.serviceOrLane", path: ["serviceCode"] });
export type IssueTicketInput = z.input<typeof issueTicketSchema>;

/**
 * Check-in: the booking code (with the date of birth — a kiosk always needs it; the front desk,
 * which sees an ID document, may leave it out), or name + date of birth.
 */
export const checkInSchema = z.union([
  z.object({ locationId: z.uuid(), code: z.string().trim().min(4).max(32), birthDate: BIRTH_DATE.optional(), language: LANGUAGE.default("de") }),
  z.object({
    locationId: z.uuid(),
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    birthDate: BIRTH_DATE,
    language: LANGUAGE.default("de"),
  }),
]);
export type CheckInInput = z.input<typeof checkInSchema>;

export const counterInput = z.object({ counterId: z.uuid() });
export const ticketParams = z.object({ ticketId: z.uuid() });
export const transferBody = z
  .object({ toLane: z.enum(Lane).optional(), toServiceCode: z.string().min(1).max(64).optional() })
  .refine((v) => Boolean(v.toLane) !== Boolean(v.toServiceCode), { message: "queue:error.serviceOrLane", path: ["toLane"] });
export const priorityBody = z.object({ priorities: z.array(z.enum(TicketPriority)).max(4) });
export const overviewQuery = z.object({
  locationId: z.uuid(),
  /** Queue names in this language (the service's catalogue text); without it, the queue's own name. */
  lang: z.enum(LOCALES).optional(),
});

/** What a kiosk, the desk and the API learn of an issued ticket: never a name. */
export const issuedTicketSchema = z.object({
  ticketId: z.uuid(),
  displayNumber: z.string(),
  queueName: z.string(),
  late: z.boolean(),
  appointmentAt: z.iso.datetime().nullable(),
  waitingAhead: z.int(),
  estimatedWaitMinutes: z.int(),
  language: z.string(),
});
export type IssuedTicket = z.output<typeof issuedTicketSchema>;

export const checkInResultSchema = issuedTicketSchema.extend({ alreadyCheckedIn: z.boolean() });
export type CheckInResult = z.output<typeof checkInResultSchema>;

/** A ticket as counter staff handle it (no names: the console reads the person through the case file). */
export const ticketSchema = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  displayNumber: z.string(),
  queueId: z.uuid(),
  lane: z.enum(Lane),
  status: z.enum(TicketStatus),
  priorities: z.array(z.enum(TicketPriority)),
  recalls: z.int(),
  counterId: z.uuid().nullable(),
  bookingId: z.uuid().nullable(),
  personId: z.uuid().nullable(),
  appointmentAt: z.iso.datetime().nullable(),
  late: z.boolean(),
  issuedAt: z.iso.datetime(),
  calledAt: z.iso.datetime().nullable(),
  language: z.string(),
});
export type TicketDto = z.output<typeof ticketSchema>;

export const callNextResultSchema = z.object({ ticket: ticketSchema.nullable() });
export const transferResultSchema = z.object({ ticket: ticketSchema, to: z.object({ ticketId: z.uuid(), queueName: z.string(), displayNumber: z.string() }) });

export const queueOverviewSchema = z.object({
  queues: z.array(
    z.object({
      queueId: z.uuid(),
      code: z.string(),
      name: z.string(),
      lane: z.enum(Lane),
      waiting: z.int(),
      longestWaitMinutes: z.int(),
      noShowsToday: z.int(),
      doneToday: z.int(),
      openCounters: z.array(z.string()),
    }),
  ),
});
export type QueueOverview = z.output<typeof queueOverviewSchema>;
