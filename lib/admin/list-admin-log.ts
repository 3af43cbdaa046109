import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertAdmin } from "./policy";

export const ADMIN_LOG_SIZE = 50;
/** Admin changes, sign-ins, and users' own second-factor changes (all without case content). */
const LOG_PREFIXES = ["admin.", "auth.", "account."];

/**
 * The newest admin changes and sign-in/security events. Read inside withActor so that the audit_read
 * policy applies: an admin sees only rows without case file and lane, never case activity.
 */
export async function listAdminLog(actor: Actor) {
  assertAdmin(actor);
  return withActor(actor, async (tx) => {
    const events = await tx.auditEvent.findMany({
      where: { OR: LOG_PREFIXES.map((p) => ({ action: { startsWith: p } })) },
      orderBy: { id: "desc" },
      take: ADMIN_LOG_SIZE,
      select: { id: true, occurredAt: true, actorId: true, action: true, targetId: true, ip: true, detail: true },
    });
    const ids = [...new Set(events.flatMap((e) => [e.actorId, e.targetId]).filter((x): x is string => !!x && isUuid(x)))];
    const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
    const email = new Map(users.map((u) => [u.id, u.email]));
    return events.map((e) => ({
      id: e.id.toString(),
      occurredAt: e.occurredAt,
      action: e.action,
      actor: e.actorId ? (email.get(e.actorId) ?? null) : null,
      target: e.targetId ? (email.get(e.targetId) ?? null) : null,
      // failed sign-ins of unknown accounts carry only the address that was typed
      attemptedEmail: !e.actorId ? stringField(e.detail, "email") : null,
      ip: e.ip ?? stringField(e.detail, "ip"),
    }));
  });
}
export type AdminLogRow = Awaited<ReturnType<typeof listAdminLog>>[number];

const stringField = (detail: unknown, key: string) => {
  const v = detail && typeof detail === "object" ? (detail as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : null;
};
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
