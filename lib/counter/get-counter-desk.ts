import { withActor, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import type { Person } from "@/lib/generated/prisma/client";
import type { Lane } from "@/lib/generated/prisma/enums";
import { TICKET_COLUMNS, toTicketDto, type TicketRow } from "@/lib/queue/ticket-dto";
import type { TicketDto } from "@/lib/queue/schemas";

export type TransferTarget = { kind: "lane"; lane: Lane; queueName: string } | { kind: "service"; serviceCode: string; queueName: string };

export type CounterDesk = {
  counter: { id: string; name: string; locationId: string; locationName: string };
  /** The ticket called or in service at this counter, if any. */
  current: null | {
    ticket: TicketDto;
    queueName: string;
    /** Present only when the actor may read the person (row-level security decides). */
    person: Person | null;
    fileNumber: string | null;
    fileOpenedAt: Date | null;
    request: { topic: string; summary: string; status: string } | null;
    serviceCode: string | null;
  };
  /** Waiting tickets this counter would call, by number only — for setting priority flags. */
  waiting: { id: string; displayNumber: string; queueName: string; issuedAt: Date; priorities: TicketDto["priorities"]; appointmentAt: Date | null }[];
  transferTargets: TransferTarget[];
};

/**
 * What the counter console shows: the counter's current ticket with the person's master data and
 * the booking's request, read in the actor's transaction so row-level security filters exactly
 * as on the case file pages (the desk never sees MBE/JMD content: such rows simply do not come
 * back). Showing a person is a read of case data and is audited. Queue names in `locale`.
 */
export async function getCounterDesk(actor: Actor, counterId: string, locale: string): Promise<CounterDesk> {
  if (!can(actor.role, "queue.call")) throw notFound("counter");
  const lane = actor.role === "FRONT_DESK" ? null : actor.lane;
  return withActor(actor, async (tx) => {
    const [counter] = await tx.$queryRaw<CounterDesk["counter"][]>`
      SELECT c.id, c.name, l.id AS "locationId", l.name AS "locationName" FROM "Counter" c JOIN "Location" l ON l.id = c."locationId"
       WHERE c.id = ${counterId}::uuid AND c.active`;
    if (!counter) throw notFound("counter");
    const [row] = await tx.$queryRaw<(TicketRow & { queueName: string })[]>`
      SELECT ${TICKET_COLUMNS}, queue_label(q.id, ${locale}) AS "queueName" FROM "Ticket" t JOIN "Queue" q ON q.id = t."queueId"
       WHERE t."counterId" = ${counterId}::uuid AND t.status IN ('CALLED', 'IN_SERVICE') ORDER BY t."calledAt" DESC LIMIT 1`;
    const waiting = await tx.$queryRaw<CounterDesk["waiting"]>`
      SELECT x.id, x."displayNumber", queue_label(q.id, ${locale}) AS "queueName", x."issuedAt", x.priorities::text[] AS priorities, x."appointmentAt"
        FROM "Ticket" x JOIN "Queue" q ON q.id = x."queueId"
       WHERE x."locationId" = ${counter.locationId}::uuid AND x.status = 'WAITING' AND x.day = berlin_today()
         AND (${lane}::"Lane" IS NULL OR x.lane = ${lane}::"Lane")
         AND (q."serviceId" IN (SELECT cs."serviceId" FROM "CounterService" cs WHERE cs."counterId" = ${counterId}::uuid)
              OR (q."serviceId" IS NULL AND q.lane IN (SELECT s.lane FROM "CounterService" cs JOIN "Service" s ON s.id = cs."serviceId"
                                                       WHERE cs."counterId" = ${counterId}::uuid)))
       ORDER BY ticket_rank(x) LIMIT 50`;
    const queues = await tx.$queryRaw<{ name: string; lane: Lane; serviceCode: string | null }[]>`
      SELECT queue_label(q.id, ${locale}) AS name, q.lane, s.code AS "serviceCode" FROM "Queue" q LEFT JOIN "Service" s ON s.id = q."serviceId"
       WHERE q."locationId" = ${counter.locationId}::uuid AND q.active ORDER BY q.code`;
    const transferTargets: TransferTarget[] = queues.map((q) =>
      q.serviceCode ? { kind: "service", serviceCode: q.serviceCode, queueName: q.name } : { kind: "lane", lane: q.lane, queueName: q.name },
    );
    const current = row ? await currentOf(tx, actor, row) : null;
    return { counter, current, waiting: waiting.map((w) => ({ ...w, priorities: w.priorities ?? [] })), transferTargets };
  });
}

async function currentOf(tx: Tx, actor: Actor, row: TicketRow & { queueName: string }): Promise<NonNullable<CounterDesk["current"]>> {
  const booking = row.bookingId
    ? await tx.booking.findUnique({ where: { id: row.bookingId }, select: { personId: true, requestId: true, service: { select: { code: true } } } })
    : null;
  const personId = row.personId ?? booking?.personId ?? null;
  const person = personId ? await tx.person.findUnique({ where: { id: personId } }) : null;
  const file = person ? await tx.caseFile.findFirst({ where: { personId: person.id }, select: { id: true, fileNumber: true, createdAt: true } }) : null;
  const request = booking?.requestId
    ? await tx.request.findUnique({ where: { id: booking.requestId }, select: { topic: true, summary: true, status: true } })
    : null;
  if (person) {
    await recordAudit(tx, actor, { action: "caseFile.read", purpose: "counter", caseFileId: file?.id, detail: { view: "counter", ticketId: row.id } });
  }
  return {
    ticket: toTicketDto(row), queueName: row.queueName, person, fileNumber: file?.fileNumber ?? null, fileOpenedAt: file?.createdAt ?? null,
    request, serviceCode: booking?.service.code ?? null,
  };
}
