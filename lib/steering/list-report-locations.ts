import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";

/** The locations the queue report can be limited to (locations hold no personal data). */
export async function listReportLocations(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!can(actor.role, "steering.queues")) throw notFound("location");
  return withActor(actor, (tx) => tx.location.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }));
}
