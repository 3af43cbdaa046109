import pg from "pg";
import { createHash } from "node:crypto";

export type ChainReport = { ok: true; checked: number } | { ok: false; checked: number; brokenAtId: string; reason: string };

const GENESIS = "0".repeat(64);

/**
 * Recomputes every hash from the stored values (fetched as text, so microseconds and JSON
 * formatting are exactly what the trigger hashed) and reports the first broken link.
 * Independent of the database's own hashing function on purpose.
 */
export async function verifyAuditChain(adminUrl: string): Promise<ChainReport> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const cursorSql = `SELECT a.id::text AS "idText", "prevHash", hash,
        to_char("occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
        coalesce("actorId"::text, '') AS actor, coalesce("actorRole", '') AS role, coalesce("actorLane"::text, '') AS alane,
        action, purpose, coalesce("caseFileId"::text, '') AS cf, coalesce(lane::text, '') AS lane,
        coalesce("consentId"::text, '') AS consent, coalesce("targetId", '') AS target, detail::text AS detail, coalesce(ip, '') AS ip
      FROM "AuditEvent" a WHERE a.id > $1::bigint ORDER BY a.id LIMIT 5000`;
    let previous = GENESIS;
    let lastId = "0";
    let checked = 0;
    for (;;) {
      const { rows } = await client.query(cursorSql, [lastId]);
      if (rows.length === 0) return { ok: true, checked };
      for (const r of rows) {
        if (r.prevHash !== previous) return { ok: false, checked, brokenAtId: r.idText, reason: "prevHash does not match the previous row" };
        const payload = [r.prevHash, r.idText, r.at, r.actor, r.role, r.alane, r.action, r.purpose, r.cf, r.lane, r.consent, r.target, r.detail, r.ip].join("|");
        const hash = createHash("sha256").update(payload, "utf8").digest("hex");
        if (hash !== r.hash) return { ok: false, checked, brokenAtId: r.idText, reason: "row content does not match its hash" };
        previous = r.hash;
        lastId = r.idText;
        checked++;
      }
    }
  } finally {
    await client.end();
  }
}
