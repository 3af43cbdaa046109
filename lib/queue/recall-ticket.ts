import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { changeTicket } from "./change-ticket";
import { queueConfig } from "./config";
import { updateTicket } from "./ticket-dto";
import type { TicketDto } from "./schemas";

/**
 * Calls a called ticket again (the display repeats it). After NO_SHOW_AFTER_RECALLS recalls
 * without the person arriving, the next recall marks the ticket NO_SHOW instead (and its
 * booking). The trigger records RECALLED or NO_SHOW and notifies the display.
 */
export function recallTicket(actor: Actor, input: { ticketId: string }): Promise<TicketDto> {
  return changeTicket(actor, "queue.call", input.ticketId, ["CALLED"], (tx, t) =>
    t.recalls >= queueConfig().noShowAfterRecalls
      ? updateTicket(tx, t.id, Prisma.sql`status = 'NO_SHOW', "finishedAt" = now()`)
      : updateTicket(tx, t.id, Prisma.sql`recalls = recalls + 1, "calledAt" = now()`),
  );
}
