import type { Tx } from "@/lib/db";

/** The service's window that takes registrations now (at most one is live per service). */
export async function currentWindow(tx: Tx, serviceId: string, now: Date) {
  return tx.drawWindow.findFirst({
    where: { serviceId, status: "OPEN", opensAt: { lte: now }, closesAt: { gt: now } },
    orderBy: { opensAt: "desc" },
  });
}
