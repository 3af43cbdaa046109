import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { changeTicket } from "./change-ticket";
import { updateTicket } from "./ticket-dto";
import type { TicketDto } from "./schemas";

/** The stop is finished: DONE; the trigger records FINISHED and completes a checked-in booking. */
export function completeTicket(actor: Actor, input: { ticketId: string }): Promise<TicketDto> {
  return changeTicket(actor, "queue.call", input.ticketId, ["CALLED", "IN_SERVICE"], (tx, t) =>
    updateTicket(tx, t.id, Prisma.sql`status = 'DONE', "finishedAt" = now(), "startedAt" = coalesce("startedAt", "calledAt")`),
  );
}
