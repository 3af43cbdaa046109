import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time spent by this process and by one PostgreSQL server (postmaster, live backends and
 * the backends that already exited), from /proc on Linux. Wall-clock numbers depend on what
 * else runs on the machine; CPU per operation does much less, so the benchmark reports both.
 */
const TICK_MS = 10; // USER_HZ is 100 on every Linux the portal runs on

function stat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name (field 2) may contain spaces: split after its closing parenthesis
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** The postmaster listening on `port`, by its command line (-p <port>). */
export function postmasterPid(port: number): number | null {
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0");
      const p = args.indexOf("-p");
      if (args[0].endsWith("/postgres") && p > 0 && args[p + 1] === String(port)) return Number(name);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return null;
}

/** Milliseconds of CPU so far: this Node process, and the server with all its children. */
export function cpuNow(postmaster: number | null): { node: number; pg: number } {
  const { user, system } = process.cpuUsage();
  let pg = 0;
  if (postmaster !== null && process.platform === "linux") {
    // fields after the name, 0-based: 1 ppid, 11 utime, 12 stime, 13 cutime, 14 cstime
    const main = stat(postmaster);
    if (main) pg += Number(main[11]) + Number(main[12]) + Number(main[13]) + Number(main[14]);
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      const s = stat(Number(name));
      if (s && Number(s[1]) === postmaster) pg += Number(s[11]) + Number(s[12]);
    }
  }
  return { node: (user + system) / 1000, pg: pg * TICK_MS };
}

/** CPU per operation between two snapshots. */
export const cpuPer = (from: { node: number; pg: number }, to: { node: number; pg: number }, operations: number) => ({
  node: (to.node - from.node) / operations,
  pg: (to.pg - from.pg) / operations,
});
