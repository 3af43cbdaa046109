import { queryOnce } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { queueConfig } from "./config";
import { queueErrorOf, ticketNotFound } from "./errors";
import { actorArguments, TICKET_COLUMNS, toTicketDto, type TicketRow } from "./ticket-dto";
import type { TicketDto } from "./schemas";

export type CalledTicketAction = "start" | "finish" | "recall" | "no_show";

/**
 * The counter's changes to the ticket it called, in one statement (change_called_ticket(): the
 * ticket locked, its status checked, changed; the trigger records the event and notifies the
 * display). Invisible or missing → the plain 404; wrong status → 409 queue:error.wrongStatus.
 */
export async function changeCalledTicket(actor: Actor, ticketId: string, action: CalledTicketAction): Promise<TicketDto> {
  if (!can(actor.role, "queue.call")) throw ticketNotFound();
  try {
    const rows = await queryOnce<TicketRow>(Prisma.sql`SELECT ${TICKET_COLUMNS}
      FROM change_called_ticket(${actorArguments(actor)}, ${ticketId}::uuid, ${action}::text, ${queueConfig().noShowAfterRecalls}::integer) t`);
    return toTicketDto(rows[0]);
  } catch (e) {
    throw queueErrorOf(e);
  }
}
