import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateValue, filesById, laneOf, officeDate } from "./lane-staff";

/** Each inbox list shows at most this many rows; the page says so when a list is full. */
export const INBOX_LIMIT = 50;
/** Tasks due within this many days (and all overdue ones) count as "due". */
export const TASK_HORIZON_DAYS = 7;

/**
 * The three lists of a caseworker's start page. Each query carries the actor's lane in its
 * `where` (and uses the matching index) and runs under RLS, so a missing filter still shows
 * nothing of other lanes.
 */
export async function listInbox(actor: Actor) {
  const lane = laneOf(actor);
  const today = officeDate();
  return withActor(actor, async (tx) => {
    const [routes, cases, tasks] = await Promise.all([
      tx.requestRoute.findMany({
        where: { lane, acceptedAt: null },
        orderBy: { routedAt: "asc" },
        take: INBOX_LIMIT,
        select: { id: true, caseFileId: true, routedAt: true, request: { select: { topic: true, channel: true } } },
      }),
      tx.caseLane.findMany({
        where: { lane, status: "OPEN", assignedToId: actor.userId },
        orderBy: { openedAt: "desc" },
        take: INBOX_LIMIT,
        select: { id: true, caseFileId: true, openedAt: true },
      }),
      tx.laneEntry.findMany({
        where: { lane, kind: "TASK", doneAt: null, dueDate: { lte: dateValue(officeDate(TASK_HORIZON_DAYS)) } },
        orderBy: [{ dueDate: "asc" }, { id: "asc" }],
        take: INBOX_LIMIT,
        select: { id: true, caseFileId: true, title: true, category: true, sensitivity: true, dueDate: true },
      }),
    ]);
    const files = await filesById(tx, [...routes, ...cases, ...tasks].map((r) => r.caseFileId));
    const withFile = <R extends { caseFileId: string }>(rows: R[]) => rows.map((r) => ({ ...r, file: files.get(r.caseFileId) ?? null }));
    await recordAudit(tx, actor, {
      action: "lane.inbox",
      purpose: "casework",
      lane,
      detail: { routes: routes.length, cases: cases.length, tasks: tasks.length },
    });
    return {
      today,
      routes: withFile(routes),
      cases: withFile(cases),
      tasks: withFile(tasks).map((t) => ({ ...t, overdue: t.dueDate !== null && t.dueDate < dateValue(today) })),
    };
  });
}

export type Inbox = Awaited<ReturnType<typeof listInbox>>;
