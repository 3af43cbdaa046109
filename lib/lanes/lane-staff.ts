import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Lane } from "@/lib/generated/prisma/enums";

/**
 * The lane of a caseworker or lane lead. Everyone else (front desk, admin, steering) gets the
 * same 404 an unknown file would give: lane use cases do not exist for them.
 */
export function laneOf(actor: Actor): Lane {
  if ((actor.role !== "CASEWORKER" && actor.role !== "LANE_LEAD") || !actor.lane) throw notFound("lane");
  return actor.lane;
}

/**
 * The file and the actor's own lane on it. Either missing (or invisible under RLS) is the
 * same 404, so a caller cannot probe which files or lanes exist.
 */
export async function findOwnLane(tx: Tx, lane: Lane, fileNumber: string) {
  const file = await tx.caseFile.findUnique({ where: { fileNumber }, select: { id: true } });
  if (!file) throw notFound("case file");
  const caseLane = await tx.caseLane.findFirst({ where: { caseFileId: file.id, lane } });
  if (!caseLane) throw notFound("lane");
  return { caseFileId: file.id, caseLane };
}

/** File numbers and person names for a set of files, as far as RLS lets the actor see them. */
export async function filesById(tx: Tx, ids: string[]) {
  const files = await tx.caseFile.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, fileNumber: true, person: { select: { givenName: true, familyName: true, givenNameLatin: true, familyNameLatin: true } } },
  });
  return new Map(files.map((f) => [f.id, f]));
}

/** Calendar date "YYYY-MM-DD" in the office's time zone, `days` from today. */
export function officeDate(days = 0, now = new Date()): string {
  const d = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

/** A calendar date as Prisma's @db.Date value (UTC midnight). */
export const dateValue = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
