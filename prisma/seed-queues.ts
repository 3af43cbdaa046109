import pg from "pg";

const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"; // no I, O, Q: they read like 1, 0 and O on a display

/**
 * Queues of the demo office (issue 4): one per location and service offered there by a counter
 * (CounterService), named after the service's German text, with a letter per location (A, B,
 * …) in the order of lane and service code. Idempotent: an existing queue keeps its letter; a
 * service new at a location gets the next free one. Runs after seedAppointments.
 */
export async function seedQueues(adminUrl: string, log: (m: string) => void = console.log): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  let added = 0;
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(72707371)");
    const { rows } = await client.query<{ locationId: string; serviceId: string; lane: string; name: string }>(
      `SELECT DISTINCT c."locationId", s.id AS "serviceId", s.lane, coalesce(t.name, s.code) AS name, s.code
         FROM "CounterService" cs JOIN "Counter" c ON c.id = cs."counterId" JOIN "Service" s ON s.id = cs."serviceId"
         LEFT JOIN "ServiceText" t ON t."serviceId" = s.id AND t.locale = 'de'
        WHERE c.active AND s.active AND NOT EXISTS (SELECT 1 FROM "Queue" q WHERE q."locationId" = c."locationId" AND q."serviceId" = s.id)
        ORDER BY c."locationId", s.lane, s.code`,
    );
    for (const r of rows) {
      const used = new Set((await client.query(`SELECT code FROM "Queue" WHERE "locationId" = $1`, [r.locationId])).rows.map((q) => q.code as string));
      const code = [...LETTERS].find((l) => !used.has(l));
      if (!code) throw new Error(`no free queue letter at location ${r.locationId}`);
      await client.query(`INSERT INTO "Queue" ("locationId", lane, "serviceId", code, name) VALUES ($1, $2, $3, $4, $5)`, [r.locationId, r.lane, r.serviceId, code, r.name]);
      added++;
    }
    await client.query("COMMIT");
    if (added) log(`[seed] queues: ${added} added`);
    return added > 0;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
