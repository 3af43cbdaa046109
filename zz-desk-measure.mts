import pg from "pg";
const adminUrl = "postgresql://postgres:einehand-local@127.0.0.1:58111/bench";
process.env.APP_DATABASE_URL = "postgresql://einehand_app:einehand-app-local@127.0.0.1:58111/bench";
const admin = new pg.Client({ connectionString: adminUrl }); await admin.connect();
const users = Object.fromEntries((await admin.query(`SELECT email, id, role, lane FROM "User"`)).rows.map((u) => [u.email, { userId: u.id, role: u.role, lane: u.lane }]));
const names = (await admin.query(`SELECT "givenName" || ' ' || split_part("familyName", ' ', 1) AS q FROM "Person" ORDER BY hashtext(id::text) LIMIT 20`)).rows.map((r) => r.q as string);
const leak = (await admin.query(`SELECT proleakproof FROM pg_proc WHERE proname = 'word_similarity_op'`)).rows[0].proleakproof;
await admin.end();
const { searchPersons } = await import("./lib/persons/search-persons");
const variants = names.map((n, i) => (i % 3 === 0 ? n.replace(/Muhammad|Mohammed|محمد/, "Mohamed") : n));
for (const who of ["empfang@einehand.test", "mbe@einehand.test"]) {
  const times: number[] = []; let found = 0;
  for (const q of variants) { const t0 = performance.now(); const r = await searchPersons(users[who], { q }); times.push(performance.now() - t0); found += r.length; }
  times.sort((a, b) => a - b);
  console.log(`leakproof=${leak} ${who}: p50 ${times[Math.floor(times.length * 0.5)].toFixed(1)} p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} max ${times.at(-1)!.toFixed(1)} avg results ${(found / times.length).toFixed(1)}`);
}
const { db } = await import("./lib/db"); await db.$disconnect();
