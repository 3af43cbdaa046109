import type { Actor } from "@/lib/auth/actor";
import type { Lane } from "@/lib/generated/prisma/enums";
import { changeTicket } from "./change-ticket";
import { findQueue } from "./find-queue";
import { lockTicket, toTicketDto } from "./ticket-dto";
import type { TicketDto } from "./schemas";

type Target = { toLane?: Lane; toServiceCode?: string };

/**
 * One visit, several stops: after ABH the person goes on to MBE with the same ticket. The
 * ticket becomes TRANSFERRED and transfer_ticket() puts a WAITING ticket with the same visit
 * and display number into the target queue at the same location, ranked by the visit's first
 * issue time (it does not go to the back). The target may be a lane the caller cannot read
 * (ABH → MBE): the answer names only the target queue and the number.
 */
export function transferTicket(actor: Actor, input: { ticketId: string } & Target) {
  return changeTicket<{ ticket: TicketDto; to: { ticketId: string; queueName: string; displayNumber: string } }>(
    actor, "queue.call", input.ticketId, ["CALLED", "IN_SERVICE"], async (tx, t) => {
      const [{ locationId }] = await tx.$queryRaw<{ locationId: string }[]>`SELECT "locationId" FROM "Ticket" WHERE id = ${t.id}::uuid`;
      const queue = await findQueue(tx, locationId, { serviceCode: input.toServiceCode, lane: input.toLane });
      const [{ id }] = await tx.$queryRaw<{ id: string }[]>`SELECT transfer_ticket(${t.id}::uuid, ${queue.id}::uuid) AS id`;
      const after = await lockTicket(tx, t.id);
      return { ticket: toTicketDto(after!), to: { ticketId: id, queueName: queue.name, displayNumber: t.displayNumber } };
    },
  );
}
