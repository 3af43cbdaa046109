/**
 * npm run bench:queue — the queue benchmark (issue 4 item 9) on a fresh embedded database
 * (.data/bench-queue, port 54369; BENCH_QUEUE_PG_PORT overrides), through the real use cases
 * and the unprivileged app role (row-level security on):
 *   1. 20 counters of one office call next (and finish) at the same time until 500 waiting
 *      tickets are gone — callNextTicket latency p50/p95 (target p95 < 100 ms); asserted: every
 *      ticket called exactly once (exit code 1 otherwise);
 *   2. one counter alone calling next with 500 tickets waiting (the query, without contention);
 *   3. issueTicket from 5 kiosks at once (100 tickets), numbers checked gap-free.
 * The demo catalogue and queues are seeded too (seedAppointments, seedQueues), so the tables
 * hold more than the office measured. BENCH_TICKETS (500) and BENCH_COUNTERS (20) override;
 * BENCH_SMS_SHARE (0.1) of the tickets carry a number for the near-turn SMS.
 */
import os from "node:os";
import pg from "pg";
import { benchCluster, freshDatabase } from "./fresh-database";
import { seedAppointments } from "../../prisma/seed-appointments";
import { seedQueues } from "../../prisma/seed-queues";
import { percentile } from "./stats";
import { cpuNow, cpuPer, postmasterPid } from "./cpu";

const TICKETS = Number(process.env.BENCH_TICKETS ?? 500);
const COUNTERS = Number(process.env.BENCH_COUNTERS ?? 20);
const DATABASE = "einehand_bench_queue";
process.env.DB_POOL_SIZE ??= String(COUNTERS + 4);

const PG_PORT = Number(process.env.BENCH_QUEUE_PG_PORT ?? 54369);
const cluster = await benchCluster("bench-queue", PG_PORT);
const postmaster = postmasterPid(PG_PORT);
let failed = false;
const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(" ");
try {
  const { adminUrl, appUrl } = await freshDatabase(cluster, DATABASE);
  await seedAppointments(adminUrl, () => {});
  await seedQueues(adminUrl, () => {});
  process.env.APP_DATABASE_URL = appUrl;
  const admin = new pg.Client({ connectionString: adminUrl });
  admin.on("error", () => {}); // the cluster stops under it when a step fails; that step's error is reported
  await admin.connect();

  const demoQueues = (await admin.query(`SELECT count(*)::int AS n FROM "Queue"`)).rows[0].n as number;
  // the measured office: one service, COUNTERS counters, queue "B" (the demo queues stay as seeded)
  const q1 = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await admin.query<T>(sql, params)).rows[0];
  const location = (await q1<{ id: string }>(`INSERT INTO "Location" (code, name, address, kind) VALUES ('bench', 'Bench office', 'Markt 1, 59065 Hamm', 'MAIN') RETURNING id`)).id;
  const service = (await q1<{ id: string }>(`INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode") VALUES ('bench-walk-in', 'ABH', 15, 'WALK_IN') RETURNING id`)).id;
  const counterIds: string[] = [];
  for (let i = 1; i <= COUNTERS; i++) {
    const id = (await q1<{ id: string }>(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) RETURNING id`, [location, `Schalter ${i}`])).id;
    await admin.query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [id, service]);
    counterIds.push(id);
  }
  const queue = (await q1<{ id: string }>(`INSERT INTO "Queue" ("locationId", lane, "serviceId", code, name) VALUES ($1, 'ABH', $2, 'B', 'Bench') RETURNING id`, [location, service])).id;
  await admin.query(`INSERT INTO "Institution" (lane, name, operator, "publicBody") VALUES ('ABH', 'Ausländerbehörde', 'Stadt', true) ON CONFLICT DO NOTHING`);
  const staff = async (i: number) =>
    (await q1<{ id: string }>(`INSERT INTO "User" (email, "displayName", "passwordHash", role, lane) VALUES ($1, 'Bench', 'x', 'CASEWORKER', 'ABH') RETURNING id`, [`bench-${i}@bench.invalid`])).id;
  const actors: { userId: string; role: "CASEWORKER"; lane: "ABH" }[] = [];
  for (let i = 0; i < COUNTERS; i++) actors.push({ userId: await staff(i), role: "CASEWORKER", lane: "ABH" });
  // BENCH_SMS_SHARE (0.1): the share of tickets whose holder left a number for the near-turn SMS
  // (then every call queues a check for the SMS worker, in the calling transaction)
  const smsEvery = Math.round(1 / Number(process.env.BENCH_SMS_SHARE ?? 0.1));
  const fill = (n: number) =>
    admin.query(
      `SELECT issue_ticket_internal($1, 'de', CASE WHEN i % 10 = 3 THEN ARRAY['DISABILITY']::"TicketPriority"[] END,
              CASE WHEN i % $3 = 0 THEN '+49 171 0000' || lpad(i::text, 3, '0') END, NULL,
              CASE WHEN i % 10 = 5 THEN now() - make_interval(mins => i % 60) END, false, NULL) FROM generate_series(1, $2) i`,
      [queue, n, smsEvery],
    );

  const { callNextTicket } = await import("../../lib/queue/call-next-ticket");
  const { completeTicket } = await import("../../lib/queue/complete-ticket");
  const { issueTicket } = await import("../../lib/queue/issue-ticket");

  // --- 1. 20 counters at once over 500 tickets ------------------------------------------------
  await fill(TICKETS);
  await admin.query("ANALYZE");
  const callTimes: number[] = [];
  const called: string[] = [];
  const cpu0 = cpuNow(postmaster);
  const started = performance.now();
  await Promise.all(
    counterIds.map(async (counterId, i) => {
      for (;;) {
        const t0 = performance.now();
        const ticket = await callNextTicket(actors[i], { counterId });
        if (!ticket) return;
        callTimes.push(performance.now() - t0);
        called.push(ticket.id);
        await completeTicket(actors[i], { ticketId: ticket.id });
      }
    }),
  );
  const wall = performance.now() - started;
  const concurrentCpu = cpuPer(cpu0, cpuNow(postmaster), TICKETS);
  callTimes.sort((a, b) => a - b);
  const events = (await q1<{ calls: number; tickets: number }>(
    `SELECT count(*)::int AS calls, count(DISTINCT "ticketId")::int AS tickets FROM "TicketEvent" WHERE "queueId" = $1 AND event = 'CALLED'`, [queue])).calls;
  const exactlyOnce = called.length === TICKETS && new Set(called).size === TICKETS && events === TICKETS;
  if (!exactlyOnce) failed = true;

  // --- 2. one counter, 500 waiting ----------------------------------------------------------
  await fill(TICKETS);
  await admin.query("ANALYZE");
  const single: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    const ticket = await callNextTicket(actors[0], { counterId: counterIds[0] });
    single.push(performance.now() - t0);
    await completeTicket(actors[0], { ticketId: ticket!.id });
  }
  single.sort((a, b) => a - b);

  // --- 3. kiosks issuing at once ------------------------------------------------------------
  const kioskQueue = (await q1<{ code: string }>(`SELECT s.code FROM "Queue" q JOIN "Service" s ON s.id = q."serviceId" WHERE q.id = $1`, [queue])).code;
  const issueTimes: number[] = [];
  const before = (await q1<{ n: number }>(`SELECT count(*)::int AS n FROM "Ticket" WHERE "queueId" = $1`, [queue])).n;
  await Promise.all(
    Array.from({ length: 100 }, async (_, i) => {
      const t0 = performance.now();
      await issueTicket({ locationId: location, serviceCode: kioskQueue, language: "ar" }, { kiosk: { deviceId: `bench-kiosk-${i % 5}`, locationId: location } });
      issueTimes.push(performance.now() - t0);
    }),
  );
  issueTimes.sort((a, b) => a - b);
  const numbers = (await admin.query(`SELECT number FROM "Ticket" WHERE "queueId" = $1 ORDER BY number`, [queue])).rows.map((r) => r.number as number);
  const gapFree = numbers.length === before + 100 && numbers.every((n, i) => n === i + 1);
  if (!gapFree) failed = true;

  await admin.end();
  const { db } = await import("../../lib/db");
  await db.$disconnect();

  const ms = (v: number) => v.toFixed(1);
  const cpu = (c: { node: number; pg: number } | null) => (c ? `${ms(c.node)} + ${ms(c.pg)} ms` : "n/a");
  console.log(`\nEineHand queue benchmark — ${demoQueues} demo queues seeded besides the bench office; RLS on; pool ${process.env.DB_POOL_SIZE}; fsync ${process.env.PG_FSYNC === "off" ? "off" : "on"};`);
  console.log(`${os.cpus().length} CPUs, load average at start ${loadAtStart}, at end ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
  console.log("| measurement | result | CPU per call (Node + PostgreSQL) | target |");
  console.log("|---|---|---|---|");
  console.log(`| callNextTicket, ${COUNTERS} counters at once over ${TICKETS} waiting tickets (call + finish each) | p50 ${ms(percentile(callTimes, 50))} ms, p95 ${ms(percentile(callTimes, 95))} ms, max ${ms(callTimes[callTimes.length - 1])} ms; all called in ${ms(wall)} ms | ${cpu(concurrentCpu)} | p95 < 100 ms |`);
  console.log(`| … each ticket called exactly once | ${called.length} calls, ${new Set(called).size} distinct tickets, ${events} CALLED events ${exactlyOnce ? "✓" : "✗"} | | exactly ${TICKETS} |`);
  console.log(`| callNextTicket, one counter, ${TICKETS}→${TICKETS - 200} waiting (200 calls) | p50 ${ms(percentile(single, 50))} ms, p95 ${ms(percentile(single, 95))} ms | | |`);
  console.log(`| issueTicket, 100 at once from 5 kiosks | p50 ${ms(percentile(issueTimes, 50))} ms, p95 ${ms(percentile(issueTimes, 95))} ms; numbers 1…${numbers.length} gap-free ${gapFree ? "✓" : "✗"} | | gap-free |`);
  if (failed) console.error("\n[bench] FAILED: tickets were not called exactly once, or numbering has gaps");
} catch (e) {
  console.error("[bench] error:", e);
  failed = true;
} finally {
  await cluster.stop();
}
process.exit(failed ? 1 : 0);
