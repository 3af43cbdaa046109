import pg from "pg";
import { nameFields } from "../../lib/persons/normalize-name";

/**
 * Bulk data for the benchmark: `persons` people with one case file each, 1–3 lanes per file
 * and `entries` lane entries spread over those lanes. Names mix Latin, Arabic and Cyrillic
 * spellings so that fuzzy search has realistic neighbours.
 */
const GIVEN = ["Mohammed", "Muhammad", "محمد", "Ahmad", "أحمد", "Ali", "Omar", "عمر", "Youssef", "Yusuf", "Fatima", "فاطمة", "Aisha", "Layla", "Olena", "Олена", "Oleksandr", "Олександр", "Dmytro", "Дмитро", "Iryna", "Ірина", "Ivan", "Иван", "Georgi", "Георги", "Maria", "Мария", "Ayşe", "Mehmet", "Emre", "Zeynep", "Piotr", "Katarzyna", "Ioana", "Andrei", "Reza", "Zainab", "Farid", "Hamid", "Sara", "Nour", "Khaled", "خالد", "Hussein", "Selin", "Tomasz", "Bogdan", "Stefan", "Elena"];
const FAMILY = ["Al-Ahmad", "الأحمد", "Hassan", "حسن", "Ibrahim", "إبراهيم", "Haddad", "Mansour", "Nasser", "Karimi", "Rahimi", "Ahmadi", "Hosseini", "Kovalenko", "Коваленко", "Shevchenko", "Шевченко", "Melnyk", "Мельник", "Bondarenko", "Петров", "Petrov", "Dimitrov", "Димитров", "Ivanova", "Şahin", "Yılmaz", "Demir", "Kaya", "Çelik", "Öztürk", "Nowak", "Kowalska", "Wiśniewski", "Popescu", "Ionescu", "Stoica", "Radu", "Dumitru", "Marin", "Sultani", "Noori", "Jasim", "Al-Sayed", "السيد", "Al-Ali", "العلي", "Todorov", "Georgiev", "Lysenko"];
const LANES = ["ABH", "SOZ", "KIM", "MBE", "JMD"];
const CATEGORIES = ["GENERAL", "RESIDENCE", "HOUSING", "BENEFITS", "HEALTH", "FAMILY", "EDUCATION", "WORK", "LANGUAGE"];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export async function generateBenchData(adminUrl: string, opts: { persons: number; entries: number; log: (m: string) => void }) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const rand = rng(42);
  try {
    const existing = (await client.query(`SELECT count(*)::int AS n FROM "Person"`)).rows[0].n;
    if (existing >= opts.persons) {
      opts.log(`[bench] reusing ${existing} persons`);
      return;
    }
    const batch = 10_000;
    for (let start = existing; start < opts.persons; start += batch) {
      const cols: unknown[][] = [[], [], [], [], [], [], [], []];
      for (let i = start; i < Math.min(opts.persons, start + batch); i++) {
        const n = nameFields(GIVEN[Math.floor(rand() * GIVEN.length)], FAMILY[Math.floor(rand() * FAMILY.length)] + (i % 7 === 0 ? "" : ` ${i}`));
        const birth = new Date(Date.UTC(1950 + Math.floor(rand() * 60), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
        [n.givenName, n.familyName, n.givenNameLatin, n.familyNameLatin, n.searchName, n.nameKey, birth.toISOString().slice(0, 10), "de"].forEach((v, k) => cols[k].push(v));
      }
      await client.query(
        `WITH p AS (
           INSERT INTO "Person" ("givenName","familyName","givenNameLatin","familyNameLatin","searchName","nameKey","birthDate",language)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[])
           RETURNING id)
         INSERT INTO "CaseFile" ("fileNumber", "personId")
         SELECT 'EH-B-' || lpad(nextval('"CaseFile_number_seq"')::text, 7, '0'), id FROM p`,
        cols,
      );
      opts.log(`[bench] persons ${Math.min(opts.persons, start + batch)}/${opts.persons}`);
    }
    opts.log("[bench] lanes");
    await client.query(`
      INSERT INTO "CaseLane" ("caseFileId", lane)
      SELECT f.id, l.lane FROM "CaseFile" f
      CROSS JOIN LATERAL (SELECT unnest(ARRAY['ABH','SOZ','KIM','MBE','JMD']::"Lane"[]) AS lane) l
      WHERE (hashtext(f.id::text || l.lane::text) & 1023) < 330
      ON CONFLICT DO NOTHING`);
    opts.log("[bench] lane entries");
    await client.query(
      `INSERT INTO "LaneEntry" ("caseFileId", lane, kind, category, title, "dueDate")
       SELECT cl."caseFileId", cl.lane,
              (ARRAY['NOTE','NOTE','TASK','DECISION']::"EntryKind"[])[1 + (g % 4)],
              ($2::"DataCategory"[])[1 + (g % 9)],
              'Eintrag ' || g,
              CASE WHEN g % 4 = 1 THEN current_date + ((g % 60) - 20) END
         FROM (SELECT "caseFileId", lane, row_number() OVER () AS rn FROM "CaseLane") cl
         JOIN generate_series(1, $1::int) g ON g % (SELECT count(*) FROM "CaseLane") = cl.rn - 1`,
      [opts.entries, CATEGORIES],
    );
    opts.log("[bench] consents");
    await client.query(`
      INSERT INTO "Consent" ("caseFileId","fromLane","toLane",categories,purpose,"noticeVersion","noticeLanguage","expiresAt")
      SELECT "caseFileId", 'MBE', 'KIM', ARRAY['HOUSING']::"DataCategory"[], 'bench', 'v1', 'de', now() + interval '90 days'
        FROM "CaseLane" WHERE lane = 'MBE' AND (hashtext("caseFileId"::text) & 7) = 0`);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  void LANES;
}
