import type { Actor } from "@/lib/auth/actor";
import { changeCalledTicket } from "./change-called-ticket";
import type { TicketDto } from "./schemas";

/** The called person did not come: NO_SHOW (its booking too), recorded and announced by the trigger. */
export function markNoShow(actor: Actor, input: { ticketId: string }): Promise<TicketDto> {
  return changeCalledTicket(actor, input.ticketId, "no_show");
}
