import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { TicketPriority } from "@/lib/generated/prisma/enums";
import { changeTicket } from "./change-ticket";
import { updateTicket } from "./ticket-dto";
import type { TicketDto } from "./schemas";

/**
 * Staff set or clear priority flags (disability, small children, …) of a waiting ticket; any
 * flag moves it ahead of walk-ins without one, never ahead of due appointments. PRIORITY_SET
 * is recorded by the trigger.
 */
export function setTicketPriority(actor: Actor, input: { ticketId: string; priorities: TicketPriority[] }): Promise<TicketDto> {
  const priorities = [...new Set(input.priorities)];
  return changeTicket(actor, "queue.priority", input.ticketId, ["WAITING"], (tx, t) =>
    updateTicket(tx, t.id, Prisma.sql`priorities = ${priorities}::"TicketPriority"[]`),
  );
}
