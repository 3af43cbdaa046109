import { defineConfig, devices } from "@playwright/test";
import { chmodSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// A fresh embedded database per run (workers inherit these from the main process).
process.env.E2E_PORT ??= "3210";
process.env.E2E_PG_PORT ??= "55210";
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "einehand-e2e-"));
  chmodSync(process.env.E2E_DATA_DIR, 0o755); // embedded Postgres runs as the `postgres` user
}
process.env.E2E_ADMIN_URL ??= `postgresql://postgres:einehand-local@127.0.0.1:${process.env.E2E_PG_PORT}/einehand`;

const baseURL = `http://localhost:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  // generous: journeys with axe scans on every step run on two shared cores in CI
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node --import tsx scripts/serve.ts --no-build",
    url: `${baseURL}/de/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: process.env.E2E_PORT,
      PG_PORT: process.env.E2E_PG_PORT,
      EINEHAND_DATA_DIR: process.env.E2E_DATA_DIR,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      AUTH_REQUIRE_TOTP: "false",
      LOGIN_MAX_FAILURES_IP: "100000",
      PG_FSYNC: "off",
      // the booking flow's proof-of-work in a moment; every journey comes from one address
      BOOKING_POW_MAX_NUMBER: "50",
      BOOKING_RATE_IP_PER_HOUR: "1000",
      LOOKUP_RATE_IP_PER_HOUR: "1000",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
