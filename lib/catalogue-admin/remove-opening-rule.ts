import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { assertCatalogueAdmin } from "./policy";

/** Removes a rule; booked appointments in its hours stay booked (the day view still shows them). */
export async function removeOpeningRule(actor: Actor, input: { ruleId: string }): Promise<void> {
  assertCatalogueAdmin(actor);
  await withActor(actor, async (tx) => {
    const rule = await tx.openingRule.findUnique({ where: { id: input.ruleId } });
    if (!rule) throw notFound("opening rule");
    await tx.openingRule.delete({ where: { id: rule.id } });
    await recordAudit(tx, actor, {
      action: "catalogue.openingRule.remove",
      targetId: rule.id,
      detail: { counterId: rule.counterId, weekday: rule.weekday, startMinute: rule.startMinute, endMinute: rule.endMinute },
    });
  });
}
