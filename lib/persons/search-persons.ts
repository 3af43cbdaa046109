import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import { nameKeyOf, searchNameOf } from "./normalize-name";
import type { PersonSummary } from "./schemas";

export type PersonQuery = { fileNumber: string } | { name: string | null; birthDate: string | null };

// EH-2026-000012 (and other prefixes); the last part must be digits so "Al-Ahmad" stays a name
const FILE_NUMBER = /^[A-Za-z]{1,4}(-[A-Za-z0-9]+)*-\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MAX_WORDS = 4;

function dateOf(token: string): string | null | undefined {
  const iso = ISO_DATE.exec(token);
  const de = GERMAN_DATE.exec(token);
  if (!iso && !de) return undefined; // not a date at all
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : [de![3], de![2].padStart(2, "0"), de![1].padStart(2, "0")];
  const value = `${y}-${m}-${d}`;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null; // null: 31.02. etc.
}

/** A counter query: a file number, or a name and/or a date of birth ("Sahin 03.04.1990"). */
export function parsePersonQuery(q: string): PersonQuery | null {
  const text = q.trim();
  if (FILE_NUMBER.test(text)) return { fileNumber: text.toUpperCase() };
  let birthDate: string | null = null;
  const words: string[] = [];
  for (const token of text.split(/\s+/)) {
    const date = dateOf(token);
    if (date === undefined) words.push(token);
    else if (date === null) return null;
    else birthDate = date;
  }
  const name = words.join(" ");
  const hasName = searchNameOf(name).length >= 2;
  if (!hasName && !birthDate) return null;
  return { name: hasName ? name : null, birthDate };
}

type Row = PersonSummary & { score: number };

/**
 * Finds persons by name across spellings and scripts, by date of birth or by file number.
 * Names are compared twice with pg_trgm word similarity: the transliterated, lower-cased form
 * (typos, "Şahin"/"Sahin", "Олександр"/"Oleksandr") and the consonant skeleton ("Mohammed"/
 * "Muhammad"); both columns have GIN trigram indexes that `<%` can use. Under row-level
 * security an index serves only LEAKPROOF operators, so the database must mark pg_trgm's
 * word-similarity operators so (without that every search scans all persons). Which persons a
 * role may see is decided by row-level security alone (independent services: their clients).
 * Each search is audited with the query's length, never its text.
 */
export async function searchPersons(actor: Actor, input: { q: string }): Promise<Row[]> {
  const q = input.q.trim();
  const query = parsePersonQuery(q);
  return withActor(actor, async (tx) => {
    const rows = query ? await tx.$queryRaw<Row[]>(personSearchSql(query)) : [];
    await recordAudit(tx, actor, { action: "person.search", detail: { queryLength: q.length } });
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  });
}

/** The search statement (exported so a test can check its plan uses the trigram indexes). */
export function personSearchSql(query: PersonQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id AS "personId", f."fileNumber", p."givenName", p."familyName", p."givenNameLatin", p."familyNameLatin",
           to_char(p."birthDate", 'YYYY-MM-DD') AS "birthDate", p.district, ${score(query)} AS score
      FROM "Person" p JOIN "CaseFile" f ON f."personId" = p.id
     WHERE ${where(query)}
     ORDER BY score DESC, p."familyNameLatin", p."givenNameLatin"
     LIMIT 20`;
}

function where(query: PersonQuery): Prisma.Sql {
  if ("fileNumber" in query) return Prisma.sql`f."fileNumber" = ${query.fileNumber}`;
  const parts: Prisma.Sql[] = [];
  if (query.birthDate) parts.push(Prisma.sql`p."birthDate" = ${query.birthDate}::date`);
  if (query.name) parts.push(...nameMatches(query.name));
  return Prisma.join(parts, " AND ");
}

/**
 * Every word of the query must match a word of the name in one of the two forms. Each word is a
 * pair of trigram-index scans; ANDing them keeps the rows to recheck few even for common names
 * ("Muhammad", "Kovalenko"), where a match of the whole query against either form would let
 * every namesake through. Particles ("al", "de") only count for the ranking.
 */
function nameMatches(name: string): Prisma.Sql[] {
  const words = searchNameOf(name).split(" ");
  const strong = words.filter((w) => w.length >= 3);
  return (strong.length > 0 ? strong : words)
    .slice(0, MAX_WORDS)
    .map((w) => Prisma.sql`(${w}::text <% p."searchName" OR ${nameKeyOf(w)}::text <% p."nameKey")`);
}

function score(query: PersonQuery): Prisma.Sql {
  if ("fileNumber" in query || !query.name) return Prisma.sql`1::real`;
  return Prisma.sql`greatest(word_similarity(${searchNameOf(query.name)}::text, p."searchName"), word_similarity(${nameKeyOf(query.name)}::text, p."nameKey"))`;
}
