import type { Actor } from "@/lib/auth/actor";
import { changeCalledTicket } from "./change-called-ticket";
import type { TicketDto } from "./schemas";

/**
 * Calls a called ticket again (the display repeats it). After NO_SHOW_AFTER_RECALLS recalls
 * without the person arriving, the next recall marks the ticket NO_SHOW instead (and its
 * booking). The trigger records RECALLED or NO_SHOW and notifies the display.
 */
export function recallTicket(actor: Actor, input: { ticketId: string }): Promise<TicketDto> {
  return changeCalledTicket(actor, input.ticketId, "recall");
}
