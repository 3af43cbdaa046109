/**
 * npm run bench:display — display update latency with two app instances (issue 4 item 9):
 * two processes (tests/bench/display-instance.ts), each with its own LISTEN connection and SSE
 * server, BENCH_DISPLAY_CLIENTS displays (3) connected to each; BENCH_DISPLAY_CALLS (200)
 * ticket calls notified the way the queue engine does, at BENCH_DISPLAY_RATE per second (20).
 * Latency = from just before pg_notify to the `call` event parsed by each display client, on
 * one clock (this process). Target p95 < 1 s on every instance; every display must get every
 * call (exit code 1 otherwise). Fresh embedded database in .data/bench-display (port 54359,
 * BENCH_DISPLAY_PG_PORT overrides).
 * BENCH_DISPLAY_NEXT=1 runs two real `next start` servers instead (the built app in
 * NEXT_DIST_DIR, default .next; ports BENCH_DISPLAY_PORT and +1, default 3391), the displays
 * paired with a device token through the real route handler and its device check.
 */
import os from "node:os";
import path from "node:path";
import http from "node:http";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import pg from "pg";
import { benchCluster, freshDatabase } from "./fresh-database";
import { percentile } from "./stats";
import { hashDeviceToken } from "../../lib/devices/device-token";

const DATABASE = "einehand_bench_display";
const CALLS = Number(process.env.BENCH_DISPLAY_CALLS ?? 200);
const RATE = Number(process.env.BENCH_DISPLAY_RATE ?? 20);
const CLIENTS = Number(process.env.BENCH_DISPLAY_CLIENTS ?? 3);
const INSTANCES = 2;
const PG_PORT = Number(process.env.BENCH_DISPLAY_PG_PORT ?? 54359);
const NEXT = process.env.BENCH_DISPLAY_NEXT === "1";
const NEXT_PORT = Number(process.env.BENCH_DISPLAY_PORT ?? 3391);

/** Polls until the server answers at all (any status), or gives up after two minutes. */
async function waitForHttp(port: number) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get({ host: "127.0.0.1", port, path: "/de/login" }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no server on port ${port}`);
}

const cluster = await benchCluster("bench-display", PG_PORT);
const children: ChildProcess[] = [];
let failed = false;
try {
  const { adminUrl, appUrl } = await freshDatabase(cluster, DATABASE);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const locationId = (
    await admin.query(`INSERT INTO "Location" (code, name, address, kind) VALUES ('bench-display', 'Bench office', 'Markt 1, 59065 Hamm', 'MAIN') RETURNING id`)
  ).rows[0].id as string;
  const token = randomBytes(32).toString("base64url");
  await admin.query(`INSERT INTO "Device" (kind, "locationId", name, "tokenHash") VALUES ('DISPLAY', $1, 'Bench display', $2)`, [locationId, hashDeviceToken(token)]);

  // where each instance serves the display stream
  const targets: { port: number; path: string; headers: Record<string, string> }[] = [];
  for (let i = 0; i < INSTANCES; i++) {
    if (NEXT) {
      const port = NEXT_PORT + i;
      const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], {
        env: { ...process.env, NODE_ENV: "production", APP_DATABASE_URL: appUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(child);
      await waitForHttp(port);
      targets.push({ port, path: `/api/display/${locationId}/stream`, headers: { Cookie: `einehand_display=${token}` } });
      continue;
    }
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/bench/display-instance.ts"], {
      env: { ...process.env, APP_DATABASE_URL: appUrl },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once("line", resolve);
      child.once("exit", (code) => reject(new Error(`instance exited with ${code}`)));
    });
    targets.push({ port: JSON.parse(line).port, path: `/stream/${locationId}`, headers: {} });
  }

  // sent[number] = when pg_notify was issued; received[instance][client] = number → when parsed
  const sent = new Map<string, number>();
  const received: Map<string, number>[][] = targets.map(() => Array.from({ length: CLIENTS }, () => new Map()));
  const streams: http.ClientRequest[] = [];
  await Promise.all(
    targets.flatMap((target, instance) =>
      received[instance].map(
        (got) =>
          new Promise<void>((ready, fail) => {
            const req = http.get({ host: "127.0.0.1", port: target.port, path: target.path, headers: target.headers }, (res) => {
              if (res.statusCode !== 200) return fail(new Error(`stream answered ${res.statusCode}`));
              let buffer = "";
              res.setEncoding("utf8");
              res.on("data", (chunk: string) => {
                buffer += chunk;
                let cut: number;
                while ((cut = buffer.indexOf("\n\n")) >= 0) {
                  const block = buffer.slice(0, cut);
                  buffer = buffer.slice(cut + 2);
                  if (block.startsWith("event: snapshot")) ready();
                  if (block.startsWith("event: call")) {
                    const now = performance.now();
                    const data = JSON.parse(block.slice(block.indexOf("data: ") + 6));
                    got.set(data.displayNumber, now);
                  }
                }
              });
            });
            req.on("error", fail);
            streams.push(req);
          }),
      ),
    ),
  );

  const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  const interval = 1000 / RATE;
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const wait = t0 + i * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const displayNumber = `B-${String(i).padStart(4, "0")}`;
    const payload = { type: "called", locationId, ticketId: randomUUID(), displayNumber, counterName: `Schalter ${(i % 20) + 1}`, language: "ar", at: new Date().toISOString() };
    sent.set(displayNumber, performance.now());
    await admin.query("SELECT pg_notify('ticket_events', $1)", [JSON.stringify(payload)]);
  }
  // give the last calls up to 5 s to arrive
  const deadline = performance.now() + 5000;
  const complete = () => received.every((clients) => clients.every((got) => got.size >= CALLS));
  while (!complete() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));

  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
  console.log(`\nDisplay update latency: ${CALLS} calls at ${RATE}/s, ${INSTANCES} app instances (${NEXT ? "next start" : "listener processes"}) × ${CLIENTS} displays; ${os.cpus().length} CPUs, load ${loadAtStart}\n`);
  console.log("| instance | displays | calls received | p50 | p95 | p99 | max | target |");
  console.log("|---|---|---|---|---|---|---|---|");
  const all: number[] = [];
  received.forEach((clients, instance) => {
    const latencies: number[] = [];
    let got = 0;
    for (const client of clients) {
      got += client.size;
      for (const [number, at] of client) latencies.push(at - sent.get(number)!);
    }
    latencies.sort((a, b) => a - b);
    all.push(...latencies);
    const p95 = percentile(latencies, 95);
    if (got !== CALLS * CLIENTS || !(p95 < 1000)) failed = true;
    console.log(`| ${instance + 1} | ${CLIENTS} | ${got} / ${CALLS * CLIENTS} | ${ms(percentile(latencies, 50))} ms | ${ms(p95)} ms | ${ms(percentile(latencies, 99))} ms | ${ms(latencies.at(-1) ?? NaN)} ms | p95 < 1000 ms |`);
  });
  all.sort((a, b) => a - b);
  console.log(`| both | ${CLIENTS * INSTANCES} | ${all.length} / ${CALLS * CLIENTS * INSTANCES} | ${ms(percentile(all, 50))} ms | ${ms(percentile(all, 95))} ms | ${ms(percentile(all, 99))} ms | ${ms(all.at(-1) ?? NaN)} ms | p95 < 1000 ms |`);
  const stored = await admin.query(`SELECT count(*)::int AS n FROM "DisplayCall" WHERE "locationId" = $1`, [locationId]);
  console.log(`\nDisplayCall rows for the ${CALLS} calls (both instances record each, unique key keeps one): ${stored.rows[0].n}`);
  if (stored.rows[0].n !== CALLS) failed = true;
  streams.forEach((s) => s.destroy());
  await admin.end();
  if (failed) console.error("\n[bench] FAILED: a display missed calls or p95 >= 1 s");
} finally {
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  }
  await cluster.stop();
}
process.exit(failed ? 1 : 0);
