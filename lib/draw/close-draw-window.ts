import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { assertDrawManager } from "./authorize";
import { withDrawContext } from "./draw-context";

/**
 * Ends a window: entries still waiting have LOST (no slot will come); open offers stay
 * confirmable until their deadline. Frees the service for the next window.
 */
export async function closeDrawWindow(actor: Actor, input: { windowId: string }): Promise<{ lost: number }> {
  assertDrawManager(actor);
  return withDrawContext(actor, async (tx) => {
    const [window] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "DrawWindow" WHERE id = ${input.windowId}::uuid FOR UPDATE`;
    if (!window) throw notFound("draw window");
    await tx.drawWindow.update({ where: { id: window.id }, data: { status: "CLOSED" } });
    const { count } = await tx.drawEntry.updateMany({ where: { windowId: window.id, status: "WAITING" }, data: { status: "LOST" } });
    await recordAudit(tx, actor, { action: "draw.closeWindow", targetId: window.id, detail: { lost: count } });
    return { lost: count };
  });
}
