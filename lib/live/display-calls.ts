import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { berlinDateOf, berlinWallTimeToUtc } from "@/lib/availability/berlin-time";
import { isDisplayedCall, type TicketEvent } from "./ticket-event";

/** What a display receives for one call: no ticket id, no name — what the screen shows. */
export type DisplayCallView = {
  id: string;
  type: "called" | "recalled";
  displayNumber: string;
  counterName: string | null;
  language: string;
  at: string;
};

/** How many calls a display shows (and receives on connect). */
export const DISPLAY_CALLS_SHOWN = 6;

/** A stable, opaque key per call (ticket + type + time), the same on every instance. */
export function displayCallId(ticketId: string, type: string, at: string | Date): string {
  const iso = typeof at === "string" ? new Date(at).toISOString() : at.toISOString();
  return createHash("sha256").update(`${ticketId}|${type}|${iso}`).digest("base64url").slice(0, 16);
}

export function toDisplayCall(e: TicketEvent): DisplayCallView | null {
  if (!isDisplayedCall(e)) return null;
  return {
    id: displayCallId(e.ticketId, e.type, e.at),
    type: e.type as DisplayCallView["type"],
    displayNumber: e.displayNumber,
    counterName: e.counterName,
    language: e.language,
    at: new Date(e.at).toISOString(),
  };
}

let lastPurge = 0;

/**
 * Keeps a call for the display's snapshot. Every instance's listener writes the same call; the
 * unique key (ticketId, type, at) makes all but the first write a no-op. Calls of earlier days
 * are purged now and then: they are never shown again.
 */
export async function recordDisplayCall(e: TicketEvent): Promise<void> {
  if (!isDisplayedCall(e)) return;
  // raw SQL: one small statement per call, without the ORM's per-query planning on the hot path
  await db.$executeRaw`INSERT INTO "DisplayCall" ("locationId", "ticketId", type, "displayNumber", "counterName", language, at)
    VALUES (${e.locationId}::uuid, ${e.ticketId}::uuid, ${e.type}, ${e.displayNumber}, ${e.counterName}, ${e.language}, ${new Date(e.at)})
    ON CONFLICT ("ticketId", type, at) DO NOTHING`;
  if (Date.now() - lastPurge > 3_600_000) {
    lastPurge = Date.now();
    await db.$executeRaw`DELETE FROM "DisplayCall" WHERE at < now() - interval '2 days'`;
  }
}

/** Today's latest calls at a location (Berlin day), newest first. */
export async function recentDisplayCalls(locationId: string, limit = DISPLAY_CALLS_SHOWN, now = new Date()): Promise<DisplayCallView[]> {
  const startOfDay = berlinWallTimeToUtc(berlinDateOf(now), 0);
  const rows = await db.displayCall.findMany({
    where: { locationId, at: { gte: startOfDay } },
    orderBy: { at: "desc" },
    take: limit,
    select: { ticketId: true, type: true, displayNumber: true, counterName: true, language: true, at: true },
  });
  return rows.map((r) => ({
    id: displayCallId(r.ticketId, r.type, r.at),
    type: r.type as DisplayCallView["type"],
    displayNumber: r.displayNumber,
    counterName: r.counterName,
    language: r.language,
    at: r.at.toISOString(),
  }));
}
