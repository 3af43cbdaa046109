import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { berlinWallTimeToUtc } from "@/lib/availability/berlin-time";
import { assertCatalogueAdmin } from "./policy";
import type { ClosureInput } from "./schemas";

/**
 * Closes a whole location or one counter for a period (staff meeting, works, 24 December), with
 * a reason. Times are typed on the Berlin wall clock and stored as instants. From then on no
 * free times are offered in the period; bookings already in it stay and show in the day view
 * next to the closure, so the desk can rebook them.
 */
export async function addClosure(actor: Actor, input: ClosureInput): Promise<{ id: string }> {
  assertCatalogueAdmin(actor);
  return withActor(actor, async (tx) => {
    const target = input.counterId
      ? await tx.counter.findUnique({ where: { id: input.counterId }, select: { id: true } })
      : await tx.location.findUnique({ where: { id: input.locationId! }, select: { id: true } });
    if (!target) throw notFound("closure target");
    const startsAt = berlinWallTimeToUtc(input.startsAt.date, input.startsAt.minute);
    const endsAt = berlinWallTimeToUtc(input.endsAt.date, input.endsAt.minute);
    const closure = await tx.closure.create({
      data: { counterId: input.counterId ?? null, locationId: input.counterId ? null : input.locationId!, startsAt, endsAt, reason: input.reason },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "catalogue.closure.add",
      targetId: closure.id,
      detail: { counterId: input.counterId ?? null, locationId: input.locationId ?? null, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), reason: input.reason },
    });
    return closure;
  });
}
