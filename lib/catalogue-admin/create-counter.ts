import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { fromDatabaseError, notFound } from "@/lib/errors";
import { assertCatalogueAdmin, taken } from "./policy";
import type { CreateCounterInput } from "./schemas";

const nameTaken = () => taken("name", "schedule:catalogue.error.counterNameTaken");

/** A new counter or room at a location; it serves nothing and is closed until rules are added. */
export async function createCounter(actor: Actor, input: CreateCounterInput): Promise<{ id: string }> {
  assertCatalogueAdmin(actor);
  try {
    return await withActor(actor, async (tx) => {
      const location = await tx.location.findUnique({ where: { id: input.locationId }, select: { id: true } });
      if (!location) throw notFound("location");
      const counter = await tx.counter.create({ data: { locationId: location.id, name: input.name }, select: { id: true } });
      await recordAudit(tx, actor, { action: "catalogue.counter.create", targetId: counter.id, detail: { locationId: location.id, name: input.name } });
      return counter;
    });
  } catch (e) {
    if (fromDatabaseError(e)?.code === "CONFLICT") throw nameTaken();
    throw e;
  }
}
