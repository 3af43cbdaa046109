import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { assertCatalogueAdmin } from "./policy";

/** Removes a closure; the period offers free times again from then on. */
export async function removeClosure(actor: Actor, input: { closureId: string }): Promise<void> {
  assertCatalogueAdmin(actor);
  await withActor(actor, async (tx) => {
    const closure = await tx.closure.findUnique({ where: { id: input.closureId } });
    if (!closure) throw notFound("closure");
    await tx.closure.delete({ where: { id: closure.id } });
    await recordAudit(tx, actor, {
      action: "catalogue.closure.remove",
      targetId: closure.id,
      detail: { counterId: closure.counterId, locationId: closure.locationId, startsAt: closure.startsAt.toISOString(), endsAt: closure.endsAt.toISOString(), reason: closure.reason },
    });
  });
}
