import { adminDb, randomLetters } from "./fixtures";

/**
 * Test data written straight into the e2e database as superuser (no RLS, no app code), so each
 * write in the authorization matrix gets a file of its own and cells never depend on each other.
 */

export type Lane = "ABH" | "SOZ" | "KIM" | "MBE" | "JMD";

/** A person with a case file and the given open lanes; returns the file's id and number. */
export async function arrangeFile(lanes: Lane[]) {
  const db = adminDb();
  const family = `Matrix-${randomLetters(8)}`;
  const person = await db.query<{ id: string }>(
    `INSERT INTO "Person" ("givenName", "familyName", "givenNameLatin", "familyNameLatin", "searchName", "nameKey", "birthDate", language)
     VALUES ('Test', $1, 'Test', $1, lower('test ' || $1), lower('tst ' || $1), '1980-01-01', 'de') RETURNING id`,
    [family],
  );
  const file = await db.query<{ id: string; fileNumber: string }>(
    `INSERT INTO "CaseFile" ("fileNumber", "personId")
     VALUES ('EH-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('"CaseFile_number_seq"')::text, 6, '0'), $1)
     RETURNING id, "fileNumber"`,
    [person.rows[0].id],
  );
  for (const lane of lanes) await db.query(`INSERT INTO "CaseLane" ("caseFileId", lane) VALUES ($1, $2)`, [file.rows[0].id, lane]);
  return file.rows[0];
}

/** An active consent from → to for HOUSING on a file. */
export async function arrangeConsent(caseFileId: string, fromLane: Lane, toLane: Lane) {
  const { rows } = await adminDb().query<{ id: string }>(
    `INSERT INTO "Consent" ("caseFileId", "fromLane", "toLane", categories, purpose, "noticeVersion", "noticeLanguage", "expiresAt")
     VALUES ($1, $2, $3, ARRAY['HOUSING']::"DataCategory"[], 'Matrix', 'consent-notice-2026-11', 'de', now() + interval '30 days')
     RETURNING id`,
    [caseFileId, fromLane, toLane],
  );
  return rows[0].id;
}

/** A request recorded but not yet routed. */
export async function arrangeOpenRequest(caseFileId: string) {
  const { rows } = await adminDb().query<{ id: string }>(
    `INSERT INTO "Request" ("caseFileId", channel, topic, status) VALUES ($1, 'COUNTER', 'BENEFITS', 'OPEN') RETURNING id`,
    [caseFileId],
  );
  return rows[0].id;
}

/** Every lane-related row of one file, as counts and states: equal before and after = nothing written. */
export async function snapshotFile(caseFileId: string) {
  const { rows } = await adminDb().query(
    `SELECT (SELECT json_agg(json_build_object('lane', lane, 'status', status, 'assignedToId', "assignedToId") ORDER BY lane) FROM "CaseLane" WHERE "caseFileId" = $1) AS lanes,
            (SELECT json_agg(json_build_object('id', id, 'status', status) ORDER BY id) FROM "Request" WHERE "caseFileId" = $1) AS requests,
            (SELECT count(*)::int FROM "RequestRoute" WHERE "caseFileId" = $1) AS routes,
            (SELECT count(*)::int FROM "LaneEntry" WHERE "caseFileId" = $1) AS entries,
            (SELECT json_agg(json_build_object('id', id, 'revokedAt', "revokedAt") ORDER BY id) FROM "Consent" WHERE "caseFileId" = $1) AS consents,
            (SELECT count(*)::int FROM "Referral" WHERE "caseFileId" = $1) AS referrals`,
    [caseFileId],
  );
  return rows[0] as Record<string, unknown>;
}

/** Persons registered under a (unique) Latin family name. */
export async function countPersons(familyNameLatin: string) {
  const { rows } = await adminDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM "Person" WHERE "familyNameLatin" = $1`, [familyNameLatin]);
  return rows[0].n;
}
