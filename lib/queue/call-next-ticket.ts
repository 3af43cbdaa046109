import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { queueConfig } from "./config";
import { queueErrorOf } from "./errors";
import { TICKET_COLUMNS, toTicketDto, type TicketRow } from "./ticket-dto";
import type { TicketDto } from "./schemas";

/**
 * The counter calls the next ticket of the queues it serves (queues at its location for the
 * services it offers, CounterService, or those services' lanes' general queues) in the order of
 * ticket_rank(): due appointments, walk-ins (priority first, then issue time), early arrivals.
 * Race-free: the ticket is picked with FOR UPDATE SKIP LOCKED inside the UPDATE, so two
 * counters at the same moment take two different tickets and never wait for each other.
 * Caseworkers and lane leads call only their own lane's tickets (this filter and row-level
 * security); the desk only public lanes'. A counter that still has a called or started ticket
 * must finish, transfer or mark it first. Returns null when nobody waits. The trigger records
 * CALLED and notifies the display on commit.
 */
export async function callNextTicket(actor: Actor, input: { counterId: string }): Promise<TicketDto | null> {
  if (!can(actor.role, "queue.call")) throw notFound("counter");
  const laneFilter = actor.role === "FRONT_DESK" ? null : actor.lane;
  try {
    return await withActor(actor, async (tx) => {
      // one call at a time per counter (a double click must not call two tickets): the lock is
      // taken with the counter's lookup, to spare round trips on the hot path
      const [counter] = await tx.$queryRaw<{ locationId: string }[]>`
        SELECT c."locationId" FROM "Counter" c
          CROSS JOIN LATERAL (SELECT pg_advisory_xact_lock(hashtextextended('counter|' || c.id::text, 0)),
                                     set_config('app.queue_grace', ${String(queueConfig().dueGraceMinutes)}, true)) settings
         WHERE c.id = ${input.counterId}::uuid AND c.active`;
      if (!counter) throw new AppError("NOT_FOUND", "no such counter", { messageKey: "queue:error.noCounter" });
      const rows = await tx.$queryRaw<TicketRow[]>`UPDATE "Ticket" t SET status = 'CALLED', "counterId" = ${input.counterId}::uuid, "calledAt" = now(), recalls = 0
          WHERE t.id = (
            SELECT x.id FROM "Ticket" x JOIN "Queue" q ON q.id = x."queueId"
             WHERE x."locationId" = ${counter.locationId}::uuid AND x.status = 'WAITING' AND x.day = berlin_today()
               AND (${laneFilter}::"Lane" IS NULL OR x.lane = ${laneFilter}::"Lane")
               AND (q."serviceId" IN (SELECT cs."serviceId" FROM "CounterService" cs WHERE cs."counterId" = ${input.counterId}::uuid)
                    OR (q."serviceId" IS NULL AND q.lane IN (SELECT s.lane FROM "CounterService" cs JOIN "Service" s ON s.id = cs."serviceId"
                                                             WHERE cs."counterId" = ${input.counterId}::uuid)))
             ORDER BY ticket_rank(x)
             LIMIT 1
               FOR UPDATE OF x SKIP LOCKED)
            AND NOT EXISTS (SELECT 1 FROM "Ticket" b WHERE b."counterId" = ${input.counterId}::uuid AND b.status IN ('CALLED', 'IN_SERVICE'))
          RETURNING ${TICKET_COLUMNS}`;
      if (rows[0]) return toTicketDto(rows[0]);
      const busy = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Ticket" t
        WHERE t."counterId" = ${input.counterId}::uuid AND t.status IN ('CALLED', 'IN_SERVICE')`;
      if (busy[0].n > 0) throw new AppError("CONFLICT", "counter busy", { messageKey: "queue:error.counterBusy" });
      return null;
    });
  } catch (e) {
    throw queueErrorOf(e);
  }
}
