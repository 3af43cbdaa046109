import "server-only";
import { db } from "@/lib/db";
import { currentWindow } from "./current-window";
import { windowDays } from "./window-days";

/**
 * What the registration page needs: the service's open window (none outside registration) and
 * its working days, the dates a person may tick. Catalogue and window rows hold no personal
 * data, so no context is needed.
 */
export async function publicDrawWindow(serviceCode: string): Promise<{ closesAt: string; dates: string[] } | null> {
  const now = new Date();
  const service = await db.service.findUnique({ where: { code: serviceCode }, select: { id: true, allocation: true, active: true } });
  if (!service?.active || service.allocation !== "DRAW") return null;
  const window = await currentWindow(db, service.id, now);
  if (!window) return null;
  const days = await windowDays(db, serviceCode, window, now, { free: false });
  return { closesAt: window.closesAt.toISOString(), dates: days.map((d) => d.date) };
}
