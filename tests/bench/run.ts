/**
 * npm run bench — seeds 100k persons and 1M lane entries into a separate embedded database
 * (.data/bench, reused between runs) and measures, through the real use cases and the
 * unprivileged app role (row-level security on):
 *   - fuzzy person search (target p95 < 100 ms)
 *   - case-file open per role (target p95 < 50 ms)
 *   - lane inbox listing
 * BENCH_PERSONS / BENCH_ENTRIES / BENCH_SAMPLES override the sizes.
 */
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { provisionDatabase } from "../../lib/db/provision";
import { seedDemo } from "../../prisma/seed";
import { generateBenchData } from "./generate-data";
import { measure } from "./stats";
import pg from "pg";

const PERSONS = Number(process.env.BENCH_PERSONS ?? 100_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);

const cluster = await startEmbeddedPostgres({ dataDir: path.resolve(process.env.EINEHAND_DATA_DIR ?? ".data", "bench"), port: Number(process.env.BENCH_PG_PORT ?? 54339) });
try {
  const adminUrl = cluster.adminUrl("einehand_bench");
  const { appUrl } = await provisionDatabase(adminUrl);
  await seedDemo(adminUrl, () => {});
  const t0 = performance.now();
  await generateBenchData(adminUrl, { persons: PERSONS, entries: ENTRIES, log: console.log });
  console.log(`[bench] data ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  process.env.APP_DATABASE_URL = appUrl;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const counts = (await admin.query(`SELECT (SELECT count(*) FROM "Person")::int AS persons, (SELECT count(*) FROM "LaneEntry")::int AS entries, (SELECT count(*) FROM "CaseLane")::int AS lanes`)).rows[0];
  const users = Object.fromEntries((await admin.query(`SELECT email, id, role, lane FROM "User"`)).rows.map((u) => [u.email, { userId: u.id, role: u.role, lane: u.lane }]));
  const filesWith = async (lane: string) =>
    (await admin.query(`SELECT f."fileNumber" FROM "CaseLane" l JOIN "CaseFile" f ON f.id = l."caseFileId" WHERE l.lane = $1 ORDER BY hashtext(f.id::text) LIMIT $2`, [lane, SAMPLES])).rows.map((r) => r.fileNumber as string);
  const sharedToKim = (await admin.query(`SELECT f."fileNumber" FROM "Consent" c JOIN "CaseFile" f ON f.id = c."caseFileId" WHERE c."toLane" = 'KIM' LIMIT $1`, [SAMPLES])).rows.map((r) => r.fileNumber as string);
  const names = (await admin.query(`SELECT "givenName" || ' ' || split_part("familyName", ' ', 1) AS q FROM "Person" ORDER BY hashtext(id::text) LIMIT $1`, [SAMPLES])).rows.map((r) => r.q as string);
  const abhFiles = await filesWith("ABH");
  const mbeFiles = await filesWith("MBE");
  await admin.end();

  const { getCaseFile } = await import("../../lib/cases/get-case-file");
  const { searchPersons } = await import("../../lib/persons/search-persons");
  const { listInbox } = await import("../../lib/lanes/list-inbox");

  const results = [];
  // spelling variants: "Mohammed" for "Muhammad", Cyrillic for Latin and back
  const variants = names.map((n, i) => (i % 3 === 0 ? n.replace(/Muhammad|Mohammed|محمد/, "Mohamed") : n));
  results.push(await measure("person search (fuzzy, front desk)", variants, (q) => searchPersons(users["empfang@einehand.test"], { q })));
  results.push(await measure("person search (fuzzy, ABH caseworker: files with a public lane)", variants, (q) => searchPersons(users["abh@einehand.test"], { q })));
  results.push(await measure("person search (fuzzy, MBE counsellor: own clients only)", variants, (q) => searchPersons(users["mbe@einehand.test"], { q })));
  results.push(await measure("case-file open (front desk)", abhFiles, (f) => getCaseFile(users["empfang@einehand.test"], f)));
  results.push(await measure("case-file open (ABH caseworker)", abhFiles, (f) => getCaseFile(users["abh@einehand.test"], f)));
  results.push(await measure("case-file open (MBE counsellor)", mbeFiles, (f) => getCaseFile(users["mbe@einehand.test"], f)));
  results.push(await measure("case-file open (KIM, shared by consent)", sharedToKim, (f) => getCaseFile(users["kim@einehand.test"], f)));
  for (const who of ["abh@einehand.test", "mbe@einehand.test"]) {
    results.push(await measure(`inbox (${users[who].lane})`, Array.from({ length: 100 }, () => 0), () => listInbox(users[who])));
  }

  console.log(`\nEineHand benchmark — ${counts.persons} persons, ${counts.lanes} lanes, ${counts.entries} lane entries, RLS on\n`);
  console.log("| operation | samples | p50 ms | p95 ms | max ms |");
  console.log("|---|---:|---:|---:|---:|");
  for (const r of results) console.log(`| ${r.name} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
  const { db } = await import("../../lib/db");
  await db.$disconnect();
} finally {
  await cluster.stop();
}
