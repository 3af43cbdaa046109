import { db } from "@/lib/db";
import { sweepExpired } from "@/lib/booking/sweep-expired";
import { withDrawContext } from "./draw-context";
import { offerToWaiting } from "./offer-slots";

/**
 * Offers not confirmed by their deadline: the entry becomes EXPIRED, its hold is released by
 * the booking sweep (the hold expires at the same instant), and the freed slots go to the next
 * WAITING entries in draw order. Cheap when nothing is due (one indexed UPDATE), so status
 * pages call it on every load, besides runDraw and the periodic job.
 *
 * The cutoff is taken before the sweep: every hold expiring up to the cutoff is released by
 * then, so the offer pass finds the slots free.
 */
export async function expireOffers(): Promise<{ expired: number; offered: number }> {
  const [{ cutoff }] = await db.$queryRaw<{ cutoff: Date }[]>`SELECT now() AS cutoff`;
  await sweepExpired();
  return withDrawContext(null, async (tx) => {
    const rows = await tx.$queryRaw<{ windowId: string }[]>`
      UPDATE "DrawEntry" SET "status" = 'EXPIRED' WHERE "status" = 'OFFERED' AND "offerExpiresAt" <= ${cutoff} RETURNING "windowId"`;
    let offered = 0;
    for (const windowId of [...new Set(rows.map((r) => r.windowId))].sort()) offered += await offerToWaiting(tx, windowId);
    return { expired: rows.length, offered };
  });
}
