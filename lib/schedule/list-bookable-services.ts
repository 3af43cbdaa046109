import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/settings";
import type { BookingMode, Lane } from "@/lib/generated/prisma/enums";
import { assertMay, bookableLanes } from "./policy";
import { serviceName } from "./service-name";

export type BookableService = { code: string; lane: Lane; name: string; bookingMode: BookingMode; durationMinutes: number };

/**
 * The services a staff member may book for someone: active, first come (the draw offers its own
 * slots), online or desk-only (walk-in takes no appointments), of the lanes the actor books for.
 * The catalogue is public, so no actor context is needed to read it.
 */
export async function listBookableServices(actor: Actor, locale: Locale): Promise<BookableService[]> {
  assertMay(actor, "booking.onBehalf");
  const rows = await db.service.findMany({
    where: { active: true, allocation: "FIRST_COME", bookingMode: { in: ["ONLINE", "DESK_ONLY"] }, lane: { in: bookableLanes(actor) } },
    orderBy: [{ lane: "asc" }, { code: "asc" }],
    select: { code: true, lane: true, bookingMode: true, durationMinutes: true, texts: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } } },
  });
  return rows.map((s) => ({ code: s.code, lane: s.lane, bookingMode: s.bookingMode, durationMinutes: s.durationMinutes, name: serviceName(s, locale) }));
}
