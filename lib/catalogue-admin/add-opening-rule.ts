import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { assertCatalogueAdmin } from "./policy";
import type { OpeningRuleInput } from "./schemas";

const asDate = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

/**
 * A weekly opening rule of a counter, in Berlin wall-clock minutes, optionally valid only from
 * / until a local date (inclusive). Slot grids start at each rule's start, so a rule is the
 * unit admins add and remove; rules are not edited in place.
 */
export async function addOpeningRule(actor: Actor, input: OpeningRuleInput): Promise<{ id: string }> {
  assertCatalogueAdmin(actor);
  return withActor(actor, async (tx) => {
    const counter = await tx.counter.findUnique({ where: { id: input.counterId }, select: { id: true } });
    if (!counter) throw notFound("counter");
    const rule = await tx.openingRule.create({
      data: {
        counterId: counter.id,
        weekday: input.weekday,
        startMinute: input.start,
        endMinute: input.end,
        validFrom: asDate(input.validFrom),
        validUntil: asDate(input.validUntil),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "catalogue.openingRule.add", targetId: rule.id, detail: { ...input } });
    return rule;
  });
}
