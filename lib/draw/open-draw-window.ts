import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { addDays, berlinDateOf } from "@/lib/availability/berlin-time";
import { dbNow } from "@/lib/booking/book-slot";
import { withActor } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertDrawManager } from "./authorize";
import { windowLive } from "./errors";
import type { OpenDrawWindowInput } from "./schemas";
import { dateOnly } from "./window-days";

const invalid = (field: string, key: string) => new AppError("VALIDATION", key, { messageKey: key, fieldErrors: { [field]: [key] } });

/**
 * Opens a request window for a draw service. The slots it fills lie after registration closes
 * and within the service's booking horizon; one live (not CLOSED) window per service, checked
 * under a lock on the service row, so two admins cannot open two at once.
 */
export async function openDrawWindow(actor: Actor, input: OpenDrawWindowInput): Promise<{ windowId: string }> {
  assertDrawManager(actor);
  return withActor(actor, async (tx) => {
    const [service] = await tx.$queryRaw<{ id: string; allocation: string; horizonDays: number; lane: string }[]>`
      SELECT id, allocation::text AS allocation, "horizonDays", lane::text AS lane FROM "Service" WHERE code = ${input.serviceCode} AND active FOR UPDATE`;
    if (!service) throw notFound("service");
    if (service.allocation !== "DRAW") throw invalid("serviceCode", "draw:error.notDrawService");
    if ((await tx.drawWindow.count({ where: { serviceId: service.id, status: { not: "CLOSED" } } })) > 0) throw windowLive();
    const today = berlinDateOf(await dbNow(tx));
    if (input.slotsFrom <= berlinDateOf(input.closesAt)) throw invalid("slotsFrom", "draw:error.slotsBeforeClose");
    if (input.slotsUntil >= addDays(today, service.horizonDays)) throw invalid("slotsUntil", "draw:error.beyondHorizon");
    const window = await tx.drawWindow.create({
      data: {
        serviceId: service.id,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        slotsFrom: dateOnly(input.slotsFrom),
        slotsUntil: dateOnly(input.slotsUntil),
        offerHours: input.offerHours,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "draw.openWindow", targetId: window.id, detail: { service: input.serviceCode, ...input } });
    return { windowId: window.id };
  });
}
