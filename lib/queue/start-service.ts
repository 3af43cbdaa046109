import type { Actor } from "@/lib/auth/actor";
import { changeCalledTicket } from "./change-called-ticket";
import type { TicketDto } from "./schemas";

/** The person arrived at the counter: IN_SERVICE; service time is measured from here. */
export function startService(actor: Actor, input: { ticketId: string }): Promise<TicketDto> {
  return changeCalledTicket(actor, input.ticketId, "start");
}
