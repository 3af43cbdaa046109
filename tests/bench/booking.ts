/**
 * npm run bench:booking — the appointment benchmark (issue 3 item 12) on a fresh embedded
 * database (.data/bench-booking, port 54349; BENCH_BOOKING_PG_PORT overrides), through the real
 * use cases and the unprivileged app role (row-level security on):
 *   1. listSlots over a 60-day horizon, 30 services on 20 counters, ~30% already booked
 *      (target p95 < 20 ms);
 *   2. 1,000 concurrent createBooking attempts (distinct people and IPs) at 20 slots: exactly 20
 *      succeed (asserted: exit code 1 otherwise), refusals are counted by error code, latency
 *      p95 < 300 ms;
 *   3. sustained createBooking rate on distinct slots against the same server's raw
 *      single-row INSERT rate at the same concurrency (target ratio >= 50%).
 * Besides wall-clock numbers it reports CPU per operation (this Node process + the PostgreSQL
 * server, tests/bench/cpu.ts): on a busy shared machine those say more than latencies.
 * BENCH_SAMPLES (listSlots samples, 300), BENCH_RUSH (1000), BENCH_SUSTAINED (2000) and
 * BENCH_CONCURRENCY (10, the app's default pool size DB_POOL_SIZE) override the sizes.
 */
import os from "node:os";
import pg from "pg";
import { benchCluster, freshDatabase } from "./fresh-database";
import { seedAppointments } from "../../prisma/seed-appointments";
import { berlinToday } from "../../lib/availability/berlin-time";
import { benchPerson, benchService, bookExisting, growCatalogue, prng, rawInsertTable } from "./booking-data";
import { measure, percentile } from "./stats";
import { cpuNow, cpuPer, postmasterPid } from "./cpu";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const RUSH = Number(process.env.BENCH_RUSH ?? 1000);
const RUSH_SLOTS = 20;
const SUSTAINED = Number(process.env.BENCH_SUSTAINED ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const OCCUPANCY = 0.3;
const DATABASE = "einehand_bench_booking";

// every attempt comes from its own person and address; the limits are not what is measured
process.env.BOOKING_RATE_IP_PER_HOUR = "1000000";
process.env.BOOKING_RATE_PERSON_PER_DAY = "1000000";

const PG_PORT = Number(process.env.BENCH_BOOKING_PG_PORT ?? 54349);
const cluster = await benchCluster("bench-booking", PG_PORT);
const postmaster = postmasterPid(PG_PORT);
let failed = false;
const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(" ");
try {
  // a fresh database each run: bookings of an earlier run would change the occupancy
  const { adminUrl, appUrl } = await freshDatabase(cluster, DATABASE);
  await seedAppointments(adminUrl, () => {});
  process.env.APP_DATABASE_URL = appUrl;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await growCatalogue(admin);

  const { db } = await import("../../lib/db");
  const { listSlots } = await import("../../lib/availability/list-slots");
  const { loadAvailabilityInput } = await import("../../lib/availability/load-availability-input");
  const { computeSlots } = await import("../../lib/availability/compute-slots");
  const { createBooking } = await import("../../lib/booking/create-booking");
  const { toAppError } = await import("../../lib/errors");

  const freeSlots = async (code: string) => {
    const loaded = await loadAvailabilityInput(db, code, { now: new Date() });
    return loaded ? computeSlots(loaded.input) : [];
  };

  // --- 1. availability -------------------------------------------------------------------
  const today = berlinToday();
  const online = (await admin.query(`SELECT code FROM "Service" WHERE "bookingMode" = 'ONLINE' AND allocation = 'FIRST_COME' ORDER BY code`)).rows.map((r) => r.code as string);
  const catalogue = (await admin.query(`SELECT (SELECT count(*) FROM "Service")::int AS services, (SELECT count(*) FROM "Counter")::int AS counters`)).rows[0];
  const random = prng(20261201);
  let offered = 0;
  let booked = 0;
  for (const code of online) {
    const r = await bookExisting(admin, code, await freeSlots(code), OCCUPANCY, random);
    offered += r.offered;
    booked += r.booked;
  }
  // statistics as autovacuum would have them in a running office, not those of an empty table
  await admin.query("ANALYZE");
  const inputs = Array.from({ length: SAMPLES }, (_, i) => online[i % online.length]);
  let slotsListed = 0;
  const cpu0 = cpuNow(postmaster);
  const availability = await measure("listSlots", inputs, async (code) => {
    const list = await listSlots({ code, from: today, days: 60 });
    slotsListed += list.days.reduce((n, d) => n + d.slots.length, 0);
  });
  const slotsPerCall = Math.round(slotsListed / (SAMPLES + Math.min(20, SAMPLES)));
  const availabilityCpu = cpuPer(cpu0, cpuNow(postmaster), SAMPLES + Math.min(20, SAMPLES));

  // --- 2. the rush: many people, few slots --------------------------------------------------
  await benchService(admin, "bench-rush", 30);
  const rushSlots = (await freeSlots("bench-rush")).filter((s) => s.start.getTime() > Date.now() + 2 * 86_400_000).slice(0, RUSH_SLOTS);
  const unexpected = new Set<string>();
  const cpu1 = cpuNow(postmaster);
  const started = performance.now();
  const attempts = await Promise.all(
    Array.from({ length: RUSH }, async (_, i) => {
      const t0 = performance.now();
      const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      try {
        await createBooking({ serviceCode: "bench-rush", startsAt: rushSlots[i % RUSH_SLOTS].start, ...benchPerson(i, "rush") }, { ip });
        return { ok: true, code: "OK", ms: performance.now() - t0 };
      } catch (e) {
        const error = toAppError(e);
        if (error.code !== "CONFLICT") unexpected.add(`${error.code}: ${error.message}`);
        return { ok: false, code: error.code, ms: performance.now() - t0 };
      }
    }),
  );
  const rushWall = performance.now() - started;
  const rushCpu = cpuPer(cpu1, cpuNow(postmaster), RUSH);
  const rushTimes = attempts.map((a) => a.ms).sort((a, b) => a - b);
  const successes = attempts.filter((a) => a.ok).length;
  const refusals = new Map<string, number>();
  for (const a of attempts) if (!a.ok) refusals.set(a.code, (refusals.get(a.code) ?? 0) + 1);
  const rows = (await admin.query(`SELECT count(*)::int AS n FROM "Booking" b JOIN "Service" s ON s.id = b."serviceId" WHERE s.code = 'bench-rush' AND b.status = 'CONFIRMED'`)).rows[0].n as number;
  // the assertion: one booking per slot, never more, never fewer (other errors are reported below)
  const rushExact = rushSlots.length === RUSH_SLOTS && successes === RUSH_SLOTS && rows === RUSH_SLOTS;
  if (!rushExact) failed = true;

  // --- 3. sustained rate on distinct slots vs. raw inserts ----------------------------------
  await benchService(admin, "bench-sustained", 15);
  const distinct = (await freeSlots("bench-sustained")).slice(0, SUSTAINED);
  if (distinct.length < SUSTAINED) throw new Error(`only ${distinct.length} free slots for the sustained run`);
  await rawInsertTable(admin);
  const rawPool = new pg.Pool({ connectionString: adminUrl, max: CONCURRENCY });
  const counterIds = Array.from({ length: 20 }, () => crypto.randomUUID());
  const serviceId = crypto.randomUUID();
  const cpu2 = cpuNow(postmaster);
  const raw = await run(SUSTAINED, CONCURRENCY, async (i) => {
    const start = new Date(Date.UTC(2030, 0, 1) + Math.floor(i / counterIds.length) * 15 * 60_000);
    await rawPool.query(
      `INSERT INTO bench_raw_insert (code, service_id, counter_id, starts_at, blocked_until, status, person_key, given_name, family_name, birth_date)
       VALUES ($1, $2, $3, $4, $5, 'CONFIRMED', $6, $7, $8, $9)`,
      [`R-${i}`, serviceId, counterIds[i % counterIds.length], start, new Date(start.getTime() + 15 * 60_000), `key-${i}`, "Given", `Family ${i}`, "1990-01-01"],
    );
  });
  // before the pool ends: a backend's CPU time is lost to /proc between its exit and its reaping
  const cpu3 = cpuNow(postmaster);
  await rawPool.end();
  const rawCpu = cpuPer(cpu2, cpu3, SUSTAINED);
  let sustainedErrors = 0;
  const bookings = await run(SUSTAINED, CONCURRENCY, async (i) => {
    await createBooking({ serviceCode: "bench-sustained", startsAt: distinct[i].start, ...benchPerson(i, "steady") }, { ip: `10.200.${i >> 8}.${i & 255}` }).catch((e) => {
      sustainedErrors++;
      const error = toAppError(e);
      unexpected.add(`${error.code}: ${error.message}`);
    });
  });
  const bookingCpu = cpuPer(cpu3, cpuNow(postmaster), SUSTAINED);
  if (sustainedErrors) failed = true;
  await admin.end();
  await db.$disconnect();

  // --- report ------------------------------------------------------------------------------
  const ms = (n: number) => n.toFixed(1);
  const cpu = (c: { node: number; pg: number }) => `${ms(c.node)} + ${ms(c.pg)} ms`;
  // what the CPUs alone would allow if nothing else ran on the machine
  const ceiling = (c: { node: number; pg: number }) => Math.round((os.cpus().length * 1000) / (c.node + c.pg));
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  const ratio = bookings.perSecond / raw.perSecond;
  console.log(`\nEineHand booking benchmark — ${catalogue.services} services on ${catalogue.counters} counters, ${online.length} bookable online;`);
  console.log(`${booked} of ${offered} offered counter-slots booked beforehand (${((100 * booked) / offered).toFixed(0)}%); RLS on; pool ${process.env.DB_POOL_SIZE ?? 10}; fsync ${process.env.PG_FSYNC === "off" ? "off" : "on"};`);
  console.log(`${os.cpus().length} CPUs, load average at start ${loadAtStart}, at end ${load}\n`);
  console.log("| measurement | result | CPU per operation (Node + PostgreSQL) | target |");
  console.log("|---|---|---|---|");
  console.log(`| listSlots, 60-day horizon (${SAMPLES} calls over ${online.length} services, ~${slotsPerCall} free times each) | p50 ${ms(availability.p50)} ms, p95 ${ms(availability.p95)} ms, max ${ms(availability.max)} ms | ${cpu(availabilityCpu)} | p95 < 20 ms |`);
  console.log(`| ${RUSH} concurrent createBooking at ${RUSH_SLOTS} slots | ${successes} booked (${rows} rows), ${RUSH - successes} refused (${[...refusals].map(([code, n]) => `${n} ${code}`).join(", ") || "none"}) ${rushExact ? "✓" : "✗"} | ${cpu(rushCpu)} | exactly ${RUSH_SLOTS} |`);
  console.log(`| … latency of those attempts | p50 ${ms(percentile(rushTimes, 50))} ms, p95 ${ms(percentile(rushTimes, 95))} ms, all done in ${ms(rushWall)} ms | | p95 < 300 ms |`);
  console.log(`| sustained createBooking, distinct slots (${SUSTAINED}, concurrency ${CONCURRENCY}) | ${bookings.perSecond.toFixed(0)} bookings/s (p50 ${ms(bookings.p50)} ms, p95 ${ms(bookings.p95)} ms${sustainedErrors ? `, ${sustainedErrors} failed` : ""}) | ${cpu(bookingCpu)} (CPU ceiling ${ceiling(bookingCpu)}/s) | |`);
  console.log(`| raw PostgreSQL single-row INSERT, same shape of indexes (${SUSTAINED}, concurrency ${CONCURRENCY}) | ${raw.perSecond.toFixed(0)} inserts/s (p50 ${ms(raw.p50)} ms, p95 ${ms(raw.p95)} ms) | ${cpu(rawCpu)} (CPU ceiling ${ceiling(rawCpu)}/s) | |`);
  console.log(`| bookings/s ÷ raw inserts/s | ${(100 * ratio).toFixed(0)}% | ${((100 * ceiling(bookingCpu)) / ceiling(rawCpu)).toFixed(0)}% of the CPU ceilings | >= 50% |`);
  for (const m of unexpected) console.error(`[bench] error other than CONFLICT: ${m.replace(/\s+/g, " ")}`);
  if (failed) console.error(`\n[bench] FAILED: ${rushExact ? "" : "the rush did not give exactly one booking per slot; "}${sustainedErrors ? `${sustainedErrors} sustained bookings failed` : ""}`);
} finally {
  await cluster.stop();
}
process.exit(failed ? 1 : 0);

/** Runs `count` jobs with `concurrency` workers; throughput and per-job latency. */
async function run(count: number, concurrency: number, job: (i: number) => Promise<void>) {
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const s = performance.now();
        await job(i);
        times.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: percentile(times, 50), p95: percentile(times, 95) };
}
