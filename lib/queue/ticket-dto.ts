import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { TicketDto } from "./schemas";

type Row = {
  id: string; visitId: string; displayNumber: string; queueId: string; lane: TicketDto["lane"]; status: TicketDto["status"];
  priorities: TicketDto["priorities"] | null; recalls: number; counterId: string | null; bookingId: string | null; personId: string | null;
  appointmentAt: Date | null; late: boolean; issuedAt: Date; calledAt: Date | null; language: string;
};

export type TicketRow = Row;

export const TICKET_COLUMNS = Prisma.sql`t.id, t."visitId", t."displayNumber", t."queueId", t.lane, t.status, t.priorities::text[] AS priorities, t.recalls, t."counterId",
  t."bookingId", t."personId", t."appointmentAt", t.late, t."issuedAt", t."calledAt", t.language`;

export const toTicketDto = (t: Row): TicketDto => ({
  id: t.id, visitId: t.visitId, displayNumber: t.displayNumber, queueId: t.queueId, lane: t.lane, status: t.status,
  priorities: t.priorities ?? [], recalls: t.recalls, counterId: t.counterId, bookingId: t.bookingId, personId: t.personId,
  appointmentAt: t.appointmentAt?.toISOString() ?? null, late: t.late, issuedAt: t.issuedAt.toISOString(),
  calledAt: t.calledAt?.toISOString() ?? null, language: t.language,
});

/**
 * Locks one ticket the caller may see (row-level security) for a status change; null when it
 * does not exist or is hidden — the caller answers 404 either way.
 */
export async function lockTicket(tx: Tx, ticketId: string): Promise<Row | null> {
  const rows = await tx.$queryRaw<Row[]>`SELECT ${TICKET_COLUMNS} FROM "Ticket" t WHERE t.id = ${ticketId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Applies one status change to a locked ticket; the trigger records the event and notifies. */
export async function updateTicket(tx: Tx, ticketId: string, set: Prisma.Sql): Promise<TicketDto> {
  const rows = await tx.$queryRaw<Row[]>`UPDATE "Ticket" t SET ${set} WHERE t.id = ${ticketId}::uuid RETURNING ${TICKET_COLUMNS}`;
  return toTicketDto(rows[0]);
}

/** The actor as the first three arguments of the one-statement queue functions (app_act_as). */
export const actorArguments = (actor: Actor) => Prisma.sql`${actor.userId}::text, ${actor.role}::text, ${actor.lane ?? ""}::text`;
