import { queryOnce } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { queueConfig } from "./config";
import { queueErrorOf } from "./errors";
import { actorArguments, TICKET_COLUMNS, toTicketDto, type TicketRow } from "./ticket-dto";
import type { TicketDto } from "./schemas";

/**
 * The counter calls the next ticket of the queues it serves (queues at its location for the
 * services it offers, CounterService, or those services' lanes' general queues) in the order of
 * ticket_rank(): due appointments, walk-ins (priority first, then issue time), early arrivals.
 * Race-free: call_next_ticket() picks with FOR UPDATE SKIP LOCKED inside its UPDATE, so two
 * counters at the same moment take two different tickets and never wait for each other.
 * Caseworkers and lane leads call only their own lane's tickets (the function's filter and
 * row-level security); the desk only public lanes'. A counter that still has a called or started
 * ticket must finish, transfer or mark it first. Returns null when nobody waits. The trigger
 * records CALLED and notifies the display on commit. One statement, one round trip: this is the
 * hot path of every counter (docs/decisions/014).
 */
export async function callNextTicket(actor: Actor, input: { counterId: string }): Promise<TicketDto | null> {
  if (!can(actor.role, "queue.call")) throw notFound("counter");
  try {
    const rows = await queryOnce<TicketRow>(Prisma.sql`SELECT ${TICKET_COLUMNS}
      FROM call_next_ticket(${actorArguments(actor)}, ${input.counterId}::uuid, ${queueConfig().dueGraceMinutes}::integer) t`);
    return rows[0] ? toTicketDto(rows[0]) : null;
  } catch (e) {
    throw queueErrorOf(e);
  }
}
