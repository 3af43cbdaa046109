import type { Actor } from "@/lib/auth/actor";
import { changeCalledTicket } from "./change-called-ticket";
import type { TicketDto } from "./schemas";

/** The stop is finished: DONE; the trigger records FINISHED and completes a checked-in booking. */
export function completeTicket(actor: Actor, input: { ticketId: string }): Promise<TicketDto> {
  return changeCalledTicket(actor, input.ticketId, "finish");
}
