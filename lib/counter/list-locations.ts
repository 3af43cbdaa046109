import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";

/** The active locations whose queues the actor may overview (locations hold no personal data). */
export async function listLocations(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!can(actor.role, "queue.overview")) throw notFound("location");
  return withActor(actor, (tx) => tx.location.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }));
}
