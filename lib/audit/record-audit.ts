import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Lane } from "@/lib/generated/prisma/enums";

export type AuditInput = {
  action: string;
  purpose?: string;
  caseFileId?: string | null;
  lane?: Lane | null;
  consentId?: string | null;
  targetId?: string | null;
  detail?: Record<string, unknown>;
};

/**
 * Appends one AuditEvent in the caller's transaction, so the event and the change it records
 * commit or roll back together. The database trigger assigns id, time and hash chain.
 * Raw SQL: the app role may insert but not read back (no RETURNING).
 */
export async function recordAudit(tx: Tx, actor: Actor | null, e: AuditInput): Promise<void> {
  await tx.$executeRaw`INSERT INTO "AuditEvent"
    ("actorId", "actorRole", "actorLane", "action", "purpose", "caseFileId", "lane", "consentId", "targetId", "detail", "ip", "prevHash", "hash")
    VALUES (${actor?.userId ?? null}::uuid, ${actor?.role ?? null}, ${actor?.lane ?? null}::"Lane", ${e.action}, ${e.purpose ?? ""},
            ${e.caseFileId ?? null}::uuid, ${e.lane ?? null}::"Lane", ${e.consentId ?? null}::uuid, ${e.targetId ?? null},
            ${JSON.stringify(e.detail ?? {})}::jsonb, ${actor?.ip ?? null}, '', '')`;
}
