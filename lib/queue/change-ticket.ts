import { withActor, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { queueErrorOf, ticketNotFound } from "./errors";
import { lockTicket } from "./ticket-dto";
import type { TicketDto } from "./schemas";

type Locked = NonNullable<Awaited<ReturnType<typeof lockTicket>>>;

/**
 * The frame of every staff change to one ticket: permission, the actor's transaction, the
 * ticket locked (invisible = 404), its status checked (wrong status = 409).
 */
export async function changeTicket<T = TicketDto>(
  actor: Actor, permission: Permission, ticketId: string, allowed: readonly TicketDto["status"][],
  fn: (tx: Tx, ticket: Locked) => Promise<T>,
): Promise<T> {
  if (!can(actor.role, permission)) throw ticketNotFound();
  try {
    return await withActor(actor, async (tx) => {
      const ticket = await lockTicket(tx, ticketId);
      if (!ticket) throw ticketNotFound();
      if (!allowed.includes(ticket.status)) throw new AppError("CONFLICT", `ticket is ${ticket.status}`, { messageKey: "queue:error.wrongStatus" });
      return fn(tx, ticket);
    });
  } catch (e) {
    throw queueErrorOf(e);
  }
}
