import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { changeTicket } from "./change-ticket";
import { updateTicket } from "./ticket-dto";
import type { TicketDto } from "./schemas";

/** The called person did not come: NO_SHOW (its booking too), recorded and announced by the trigger. */
export function markNoShow(actor: Actor, input: { ticketId: string }): Promise<TicketDto> {
  return changeTicket(actor, "queue.call", input.ticketId, ["CALLED"], (tx, t) => updateTicket(tx, t.id, Prisma.sql`status = 'NO_SHOW', "finishedAt" = now()`));
}
