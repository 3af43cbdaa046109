import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { filesById, laneOf } from "./lane-staff";

export const AUDIT_PAGE_SIZE = 50;

/**
 * A lane lead's view of who did what in their lane, newest first. The RLS policy audit_read
 * limits the table to LANE_LEAD of that lane as well. Pages by time (the index; ids follow it) and
 * fetches one extra row to know whether there is a next page, instead of counting the table.
 */
export async function listLaneAudit(actor: Actor, input: { page?: number } = {}) {
  const lane = laneOf(actor);
  if (actor.role !== "LANE_LEAD") throw notFound("audit trail");
  const page = Math.max(1, Math.floor(input.page ?? 1));
  return withActor(actor, async (tx) => {
    const rows = await tx.auditEvent.findMany({
      where: { lane },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }], // index (lane, occurredAt); ids follow time
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE + 1,
      select: { id: true, occurredAt: true, actorId: true, actorRole: true, actorLane: true, action: true, purpose: true, caseFileId: true, consentId: true },
    });
    const shown = rows.slice(0, AUDIT_PAGE_SIZE);
    const actorIds = [...new Set(shown.map((r) => r.actorId).filter((id): id is string => id !== null))];
    const [users, files] = await Promise.all([
      tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } }),
      filesById(tx, shown.map((r) => r.caseFileId).filter((id): id is string => id !== null)),
    ]);
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return {
      page,
      hasNext: rows.length > AUDIT_PAGE_SIZE,
      rows: shown.map((r) => ({
        ...r,
        id: r.id.toString(),
        actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
        // files of other lanes may be hidden by RLS: the page then shows the id's short form
        fileNumber: r.caseFileId ? (files.get(r.caseFileId)?.fileNumber ?? null) : null,
      })),
    };
  });
}

export type LaneAuditPage = Awaited<ReturnType<typeof listLaneAudit>>;
