import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { berlinDateOf } from "@/lib/availability/berlin-time";
import { dbNow } from "@/lib/booking/book-slot";
import { notFound } from "@/lib/errors";
import { assertDrawManager } from "./authorize";
import { withDrawContext } from "./draw-context";
import { drawOrder } from "./draw-order";
import { alreadyDrawn, notYetClosed } from "./errors";
import { expireOffers } from "./expire-offers";
import { offerToWaiting } from "./offer-slots";
import type { RunDrawInput } from "./schemas";
import { isoDate } from "./window-days";

export type DrawResult = { windowId: string; seed: string; drawDate: string; entries: number; offers: number };

/**
 * Draws a closed request window: ranks every entry by the seeded weighted order (draw-order.ts)
 * and offers slots in that order (offer-slots.ts). Deterministic given the seed: the ranks
 * depend on seed, personKeys, urgency dates and the draw date (the Berlin date of drawnAt), all
 * stored, so the order can be recomputed by anyone auditing it. Without a seed the server draws
 * 128 random bits, so that nobody (an admin included) can try seeds until a favourite wins.
 */
export async function runDraw(actor: Actor, input: RunDrawInput): Promise<DrawResult> {
  assertDrawManager(actor);
  const seed = input.seed ?? randomBytes(16).toString("hex");
  await expireOffers(); // also sweeps expired holds, so they do not block this draw's offers
  return withDrawContext(actor, async (tx) => {
    const [window] = await tx.$queryRaw<{ id: string; status: string; closesAt: Date; serviceId: string }[]>`
      SELECT id, status::text AS status, "closesAt", "serviceId" FROM "DrawWindow" WHERE id = ${input.windowId}::uuid FOR UPDATE`;
    if (!window) throw notFound("draw window");
    if (window.status !== "OPEN") throw alreadyDrawn();
    const now = await dbNow(tx);
    if (window.closesAt > now) throw notYetClosed();

    const entries = await tx.drawEntry.findMany({ where: { windowId: window.id }, select: { id: true, personKey: true, urgentBy: true } });
    const drawDate = berlinDateOf(now);
    const order = drawOrder(
      entries.map((e) => ({ id: e.id, personKey: e.personKey, urgentBy: e.urgentBy ? isoDate(e.urgentBy) : null })),
      seed,
      drawDate,
    );
    if (order.length > 0) {
      const ranks = JSON.stringify(order.map((e) => ({ id: e.id, rank: e.rank, weight: e.weight })));
      await tx.$executeRaw`UPDATE "DrawEntry" e SET "drawRank" = r.rank, "weight" = r.weight
        FROM jsonb_to_recordset(${ranks}::jsonb) AS r(id uuid, rank integer, weight double precision) WHERE e.id = r.id`;
    }
    await tx.drawWindow.update({ where: { id: window.id }, data: { status: "DRAWN", seed, drawnAt: now, drawnById: actor.userId } });
    const offers = await offerToWaiting(tx, window.id);
    const service = await tx.service.findUniqueOrThrow({ where: { id: window.serviceId }, select: { code: true, lane: true } });
    await recordAudit(tx, actor, {
      action: "draw.run",
      lane: service.lane,
      targetId: window.id,
      detail: { service: service.code, seed, drawDate, entries: order.length, offers },
    });
    return { windowId: window.id, seed, drawDate, entries: order.length, offers };
  });
}
