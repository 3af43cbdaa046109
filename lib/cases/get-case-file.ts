import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import type { DataCategory, Lane } from "@/lib/generated/prisma/enums";

/**
 * One case file as the actor may see it. The same use case serves the front desk (master data,
 * requests, open public lanes) and lane staff (plus their lane's entries and entries shared with
 * them by consent): the `where` clauses carry the actor's lane, and row-level security removes
 * whatever a clause might have missed. Every read is audited; reads through a consent name it.
 */
export async function getCaseFile(actor: Actor, fileNumber: string, purpose = "casework") {
  return withActor(actor, async (tx) => {
    const file = await tx.caseFile.findUnique({ where: { fileNumber }, include: { person: true } });
    if (!file) throw notFound("case file");

    const [lanes, requests] = await Promise.all([
      tx.caseLane.findMany({ where: { caseFileId: file.id }, orderBy: { openedAt: "asc" }, include: { assignedTo: { select: { id: true, displayName: true } } } }),
      tx.request.findMany({ where: { caseFileId: file.id }, orderBy: { createdAt: "desc" }, include: { routes: { orderBy: { routedAt: "asc" } } } }),
    ]);

    const lane = actor.lane;
    if (!lane) {
      await recordAudit(tx, actor, { action: "caseFile.read", purpose, caseFileId: file.id, detail: { view: "master" } });
      return { file, person: file.person, lanes, requests, entries: [], consents: [], lane: null };
    }

    const consents = await tx.consent.findMany({
      where: { caseFileId: file.id, OR: [{ fromLane: lane }, { toLane: lane }] },
      orderBy: { grantedAt: "desc" },
    });
    const now = new Date();
    const incoming = consents.filter((c) => c.toLane === lane && !c.revokedAt && c.expiresAt > now);
    const entries = await tx.laneEntry.findMany({
      where: {
        caseFileId: file.id,
        OR: [{ lane }, ...incoming.map((c) => ({ lane: c.fromLane, category: { in: c.categories } }))],
      },
      orderBy: { createdAt: "desc" },
    });

    const sharedVia = (e: { lane: Lane; category: DataCategory }) =>
      e.lane === lane ? null : (incoming.find((c) => c.fromLane === e.lane && c.categories.includes(e.category)) ?? null);
    const withSource = entries.map((e) => ({ ...e, sharedByConsent: sharedVia(e) }));

    await recordAudit(tx, actor, { action: "lane.read", purpose, caseFileId: file.id, lane, detail: { entries: entries.filter((e) => e.lane === lane).length } });
    for (const c of new Set(withSource.map((e) => e.sharedByConsent).filter((c) => c !== null))) {
      const count = withSource.filter((e) => e.sharedByConsent === c).length;
      await recordAudit(tx, actor, { action: "lane.read_shared", purpose, caseFileId: file.id, lane: c.fromLane, consentId: c.id, detail: { entries: count, reader: lane } });
    }
    return { file, person: file.person, lanes, requests, entries: withSource, consents, lane };
  });
}

export type CaseFileView = Awaited<ReturnType<typeof getCaseFile>>;
