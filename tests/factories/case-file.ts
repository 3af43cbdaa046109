import { randomUUID } from "node:crypto";
import type { DataCategory, EntryKind, Lane } from "@/lib/generated/prisma/enums";
import { nameFields } from "@/lib/persons/normalize-name";
import { admin } from "../setup/admin-db";

/** A person with a case file, arranged directly in the database (not through the use cases). */
export async function makeCaseFile(opts: { given?: string; family?: string; birthDate?: string; lanes?: Lane[] } = {}) {
  const n = nameFields(opts.given ?? "Test", opts.family ?? `Person${randomUUID().slice(0, 8)}`);
  const person = await admin().query(
    `INSERT INTO "Person" ("givenName","familyName","givenNameLatin","familyNameLatin","searchName","nameKey","birthDate",language)
     VALUES ($1,$2,$3,$4,$5,$6,$7,'de') RETURNING id`,
    [n.givenName, n.familyName, n.givenNameLatin, n.familyNameLatin, n.searchName, n.nameKey, opts.birthDate ?? "1990-01-01"],
  );
  const file = await admin().query(
    `INSERT INTO "CaseFile" ("fileNumber","personId") VALUES ('T-' || nextval('"CaseFile_number_seq"'), $1) RETURNING id, "fileNumber"`,
    [person.rows[0].id],
  );
  const caseFileId: string = file.rows[0].id;
  for (const lane of opts.lanes ?? []) await admin().query(`INSERT INTO "CaseLane" ("caseFileId", lane) VALUES ($1, $2)`, [caseFileId, lane]);
  return { personId: person.rows[0].id as string, caseFileId, fileNumber: file.rows[0].fileNumber as string };
}

export async function makeEntry(caseFileId: string, lane: Lane, opts: { category?: DataCategory; kind?: EntryKind; title?: string } = {}) {
  const { rows } = await admin().query(
    `INSERT INTO "LaneEntry" ("caseFileId", lane, kind, category, title) VALUES ($1,$2,$3,$4,$5) RETURNING id`,
    [caseFileId, lane, opts.kind ?? "NOTE", opts.category ?? "GENERAL", opts.title ?? `${lane} note ${randomUUID().slice(0, 6)}`],
  );
  return rows[0].id as string;
}

export async function makeConsent(caseFileId: string, from: Lane, to: Lane, categories: DataCategory[], opts: { expiresInDays?: number; revoked?: boolean } = {}) {
  const { rows } = await admin().query(
    `INSERT INTO "Consent" ("caseFileId","fromLane","toLane",categories,purpose,"noticeVersion","noticeLanguage","expiresAt","revokedAt")
     VALUES ($1,$2,$3,$4::"DataCategory"[],'test','v1','de', now() + make_interval(days => $5), CASE WHEN $6 THEN now() END) RETURNING id`,
    [caseFileId, from, to, categories, opts.expiresInDays ?? 30, opts.revoked ?? false],
  );
  return rows[0].id as string;
}
