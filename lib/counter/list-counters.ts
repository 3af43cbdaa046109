import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";

export type CounterChoice = { id: string; name: string; locationId: string; locationName: string };

/**
 * The counters the actor may call at: every active counter of every active location for the
 * front desk; for lane staff only counters that offer a service of their own lane (they call
 * only their lane's tickets, so another lane's counter would always answer "nobody waits").
 */
export async function listCounters(actor: Actor): Promise<CounterChoice[]> {
  if (!can(actor.role, "queue.call")) throw notFound("counter");
  const lane = actor.role === "FRONT_DESK" ? null : actor.lane;
  return withActor(actor, (tx) => tx.$queryRaw<CounterChoice[]>`
    SELECT c.id, c.name, l.id AS "locationId", l.name AS "locationName"
      FROM "Counter" c JOIN "Location" l ON l.id = c."locationId"
     WHERE c.active AND l.active
       AND (${lane}::"Lane" IS NULL OR EXISTS (SELECT 1 FROM "CounterService" cs JOIN "Service" s ON s.id = cs."serviceId"
                                               WHERE cs."counterId" = c.id AND s.lane = ${lane}::"Lane"))
     ORDER BY l.name, c.name`);
}
