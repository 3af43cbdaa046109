import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { changeTicket } from "./change-ticket";
import { updateTicket } from "./ticket-dto";
import type { TicketDto } from "./schemas";

/** The person arrived at the counter: IN_SERVICE; service time is measured from here. */
export function startService(actor: Actor, input: { ticketId: string }): Promise<TicketDto> {
  return changeTicket(actor, "queue.call", input.ticketId, ["CALLED"], (tx, t) => updateTicket(tx, t.id, Prisma.sql`status = 'IN_SERVICE', "startedAt" = now()`));
}
