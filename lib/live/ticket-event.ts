import { z } from "@/lib/validation";

/**
 * The contract between the queue engine and every listener: inside the transaction that calls,
 * recalls, finishes, marks as no-show or transfers a ticket, the engine runs
 *   SELECT pg_notify('ticket_events', '{"type":"called","locationId":"…","ticketId":"…",
 *     "displayNumber":"A-042","counterName":"Schalter 3","language":"ar","at":"2026-12-01T09:00:00Z"}')
 * PostgreSQL delivers the notification on commit only, so a rolled-back call is never shown.
 * A payload that does not parse is dropped (never shown half-understood).
 */
export const TICKET_EVENTS_CHANNEL = "ticket_events";

export const ticketEventSchema = z.object({
  type: z.enum(["called", "recalled", "finished", "no_show", "transferred"]),
  locationId: z.uuid(),
  ticketId: z.uuid(),
  displayNumber: z.string().trim().min(1).max(20),
  counterName: z.string().trim().min(1).max(100).nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  at: z.iso.datetime({ offset: true }),
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;

/** The events a waiting-room display announces; the others only change queues. */
export const isDisplayedCall = (e: TicketEvent) => e.type === "called" || e.type === "recalled";

export function parseTicketEvent(payload: string | undefined): TicketEvent | null {
  if (!payload) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = ticketEventSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
