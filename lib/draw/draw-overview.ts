import type { Actor } from "@/lib/auth/actor";
import { listServices } from "@/lib/catalogue/list-services";
import { withActor } from "@/lib/db";
import type { Locale } from "@/lib/i18n/settings";
import { assertDrawManager } from "./authorize";
import { DRAW_ENTRY_STATUSES } from "./schemas";
import { isoDate } from "./window-days";

export type DrawOffer = { rank: number; status: string; weight: number | null; startsAt: string | null; expiresAt: string | null };
export type DrawWindowSummary = {
  id: string;
  status: string;
  opensAt: string;
  closesAt: string;
  slotsFrom: string;
  slotsUntil: string;
  offerHours: number;
  seed: string | null;
  drawnAt: string | null;
  counts: Record<(typeof DRAW_ENTRY_STATUSES)[number], number>;
  offers: DrawOffer[];
};
export type DrawServiceRow = { code: string; name: string; lane: string; allocation: string; windows: DrawWindowSummary[] };

/**
 * The admin page: services booked online with their allocation, and for draw services the
 * recent windows with entry counts, seed and offers by rank. Offers show rank, status and slot,
 * not names: admins configure the draw, they do not need to know who applied.
 */
export async function drawOverview(actor: Actor, locale: Locale): Promise<DrawServiceRow[]> {
  assertDrawManager(actor);
  const services = (await listServices({ locale })).filter((s) => s.bookingMode === "ONLINE");
  return withActor(actor, async (tx) => {
    const ids = new Map((await tx.service.findMany({ where: { code: { in: services.map((s) => s.code) } }, select: { id: true, code: true } })).map((s) => [s.code, s.id]));
    const windows = await tx.drawWindow.findMany({
      where: { serviceId: { in: [...ids.values()] } },
      orderBy: { createdAt: "desc" },
      take: 50,
    });
    const windowIds = windows.map((w) => w.id);
    const [counts, offers] = await Promise.all([
      tx.drawEntry.groupBy({ by: ["windowId", "status"], where: { windowId: { in: windowIds } }, _count: { _all: true } }),
      tx.drawEntry.findMany({
        where: { windowId: { in: windowIds }, drawRank: { not: null }, bookingId: { not: null } },
        orderBy: [{ windowId: "asc" }, { drawRank: "asc" }],
        select: { windowId: true, drawRank: true, status: true, weight: true, offerStartsAt: true, offerExpiresAt: true },
      }),
    ]);
    const summary = (w: (typeof windows)[number]): DrawWindowSummary => ({
      id: w.id,
      status: w.status,
      opensAt: w.opensAt.toISOString(),
      closesAt: w.closesAt.toISOString(),
      slotsFrom: isoDate(w.slotsFrom),
      slotsUntil: isoDate(w.slotsUntil),
      offerHours: w.offerHours,
      seed: w.seed,
      drawnAt: w.drawnAt?.toISOString() ?? null,
      counts: Object.fromEntries(
        DRAW_ENTRY_STATUSES.map((s) => [s, counts.find((c) => c.windowId === w.id && c.status === s)?._count._all ?? 0]),
      ) as DrawWindowSummary["counts"],
      offers: offers
        .filter((o) => o.windowId === w.id)
        .map((o) => ({ rank: o.drawRank!, status: o.status, weight: o.weight, startsAt: o.offerStartsAt?.toISOString() ?? null, expiresAt: o.offerExpiresAt?.toISOString() ?? null })),
    });
    return services.map((s) => ({
      code: s.code,
      name: s.name,
      lane: s.lane,
      allocation: s.allocation,
      windows: windows.filter((w) => w.serviceId === ids.get(s.code)).slice(0, 3).map(summary),
    }));
  });
}
