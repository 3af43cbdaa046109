import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { fromDatabaseError, notFound } from "@/lib/errors";
import { assertCatalogueAdmin, taken } from "./policy";
import type { UpdateCounterInput } from "./schemas";

const nameTaken = () => taken("name", "schedule:catalogue.error.counterNameTaken");

/**
 * Renames a counter, (de)activates it and sets which services it serves. Counters are never
 * deleted (bookings refer to them); an inactive counter offers no times. Bookings already made
 * stay where they are: the front desk rebooks them if a counter stops serving a service.
 */
export async function updateCounter(actor: Actor, input: UpdateCounterInput): Promise<void> {
  assertCatalogueAdmin(actor);
  try {
    await withActor(actor, async (tx) => {
      const before = await tx.counter.findUnique({ where: { id: input.counterId }, select: { name: true, active: true, services: { select: { serviceId: true } } } });
      if (!before) throw notFound("counter");
      const services = await tx.service.findMany({ where: { id: { in: input.serviceIds } }, select: { id: true } });
      if (services.length !== new Set(input.serviceIds).size) throw notFound("service");
      await tx.counter.update({ where: { id: input.counterId }, data: { name: input.name, active: input.active } });
      const wanted = new Set(services.map((s) => s.id));
      const had = new Set(before.services.map((s) => s.serviceId));
      const removed = [...had].filter((id) => !wanted.has(id));
      const added = [...wanted].filter((id) => !had.has(id));
      await tx.counterService.deleteMany({ where: { counterId: input.counterId, serviceId: { in: removed } } });
      await tx.counterService.createMany({ data: added.map((serviceId) => ({ counterId: input.counterId, serviceId })) });
      await recordAudit(tx, actor, {
        action: "catalogue.counter.update",
        targetId: input.counterId,
        detail: { name: input.name, active: input.active, was: { name: before.name, active: before.active }, servicesAdded: added, servicesRemoved: removed },
      });
    });
  } catch (e) {
    if (fromDatabaseError(e)?.code === "CONFLICT") throw nameTaken();
    throw e;
  }
}
