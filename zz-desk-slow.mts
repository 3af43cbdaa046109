import pg from "pg";
const adminUrl = "postgresql://postgres:einehand-local@127.0.0.1:58111/bench";
process.env.APP_DATABASE_URL = "postgresql://einehand_app:einehand-app-local@127.0.0.1:58111/bench";
const admin = new pg.Client({ connectionString: adminUrl }); await admin.connect();
const users = Object.fromEntries((await admin.query(`SELECT email, id, role, lane FROM "User"`)).rows.map((u) => [u.email, { userId: u.id, role: u.role, lane: u.lane }]));
const names = (await admin.query(`SELECT "givenName" || ' ' || split_part("familyName", ' ', 1) AS q FROM "Person" ORDER BY hashtext(id::text) LIMIT 200`)).rows.map((r) => r.q as string);
await admin.end();
const { searchPersons } = await import("./lib/persons/search-persons");
const { searchNameOf, nameKeyOf } = await import("./lib/persons/normalize-name");
const variants = names.map((n, i) => (i % 3 === 0 ? n.replace(/Muhammad|Mohammed|محمد/, "Mohamed") : n));
const res: [number, string][] = [];
for (const q of variants) { const t0 = performance.now(); await searchPersons(users["empfang@einehand.test"], { q }); res.push([performance.now() - t0, q]); }
res.sort((a, b) => b[0] - a[0]);
for (const [t, q] of res.slice(0, 12)) console.log(t.toFixed(0), q, "|", searchNameOf(q), "|", nameKeyOf(q));
const { db } = await import("./lib/db"); await db.$disconnect();
