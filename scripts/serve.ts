/**
 * Runs the portal: database (embedded PostgreSQL unless DATABASE_URL is set) → migrations →
 * demo data on first start → Next.js. Stops Next, then Postgres, on SIGINT/SIGTERM so the next
 * start finds no stale postmaster.pid.
 *   node --import tsx scripts/serve.ts [--dev] [--no-build]
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../lib/db/embedded-postgres";
import { provisionDatabase } from "../lib/db/provision";
import { jobsDatabaseUrl } from "../lib/jobs/jobs-database";
import { seedDemo, DEMO_USERS, DEMO_PASSWORD } from "../prisma/seed";
import { seedAppointments } from "../prisma/seed-appointments";
import { seedQueues } from "../prisma/seed-queues";
import { seedDevices } from "../prisma/seed-devices";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const port = Number(process.env.PORT ?? 3000);
const dataRoot = path.resolve(process.env.EINEHAND_DATA_DIR ?? ".data");
mkdirSync(dataRoot, { recursive: true });

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataRoot, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

let pg: RunningPostgres | undefined;
let next: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next && next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((r) => next!.once("exit", r));
  }
  // the job worker finishes the message in hand, then Postgres may stop
  if (worker && worker.exitCode === null) {
    worker.kill("SIGTERM");
    await new Promise((r) => worker!.once("exit", r));
  }
  await pg?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const pgPort = Number(process.env.PG_PORT ?? 54329);
    pg = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port: pgPort });
    adminUrl = pg.adminUrl(process.env.PG_DATABASE ?? "einehand");
    console.log(`[db] embedded PostgreSQL on 127.0.0.1:${pgPort}`);
  }
  const { appUrl } = await provisionDatabase(adminUrl, { log: console.log });
  const demo = process.env.SEED_DEMO !== "0";
  if (demo && (await seedDemo(adminUrl))) {
    console.log(`[seed] demo logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(", ")}`);
  }
  // the demo office's services, locations, counters and opening hours (idempotent)
  if (demo) await seedAppointments(adminUrl);
  // one queue per location and service offered there (prisma/seed-queues.ts, idempotent)
  if (demo) await seedQueues(adminUrl);
  // demo display and kiosk of the main office with fixed tokens (prisma/seed-devices.ts)
  if (demo) await seedDevices(adminUrl);

  const env = {
    ...process.env,
    APP_DATABASE_URL: appUrl,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    EINEHAND_DEMO: demo ? "1" : "0",
    AUTH_REQUIRE_TOTP: process.env.AUTH_REQUIRE_TOTP ?? (demo ? "false" : "true"),
  };
  // the worker's database role stays out of the internet-facing process (lib/jobs/jobs-database.ts)
  delete (env as NodeJS.ProcessEnv).JOBS_DATABASE_URL;
  const nextBin = path.resolve("node_modules/.bin/next");
  if (!dev && !args.has("--no-build")) {
    const built = spawnSync(nextBin, ["build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    if (built.status !== 0) return shutdown(built.status ?? 1);
  }
  // the job worker (booking messages): a process of its own, with its own database role
  worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/jobs/run-worker.ts"], {
    stdio: "inherit",
    env: { ...env, JOBS_DATABASE_URL: await jobsDatabaseUrl(adminUrl) },
  });
  worker.on("exit", (code) => void shutdown(code ?? 1));
  // idle keep-alive connections outlive a load balancer's (commonly 60 s), so a request never
  // races the server closing its socket (ECONNRESET)
  next = spawn(nextBin, dev ? ["dev", "-p", String(port)] : ["start", "-p", String(port), "--keepAliveTimeout", "65000"], { stdio: "inherit", env });
  next.on("exit", (code) => void shutdown(code ?? 0));
  console.log(`[start] EineHand on http://localhost:${port}`);
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  await shutdown(1);
});
