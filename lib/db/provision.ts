import pg from "pg";
import { migrate } from "./migrate";

export const APP_ROLE = "einehand_app";

/** Creates the database if missing (connecting to `postgres` on the same server). */
export async function ensureDatabase(adminUrl: string) {
  const url = new URL(adminUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Migrates the database and returns the URL the app must use: the unprivileged einehand_app
 * role (owns nothing, cannot bypass row-level security). APP_DATABASE_URL wins when set;
 * otherwise the role's password is set here, which needs a privileged DATABASE_URL.
 */
export async function provisionDatabase(adminUrl: string, opts: { log?: (m: string) => void } = {}) {
  await ensureDatabase(adminUrl);
  await migrate(adminUrl, opts.log);
  if (process.env.APP_DATABASE_URL) return { adminUrl, appUrl: process.env.APP_DATABASE_URL };
  const password = process.env.APP_DB_PASSWORD ?? "einehand-app-local";
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${password.replaceAll("'", "''")}'`);
  } finally {
    await client.end();
  }
  const appUrl = new URL(adminUrl);
  appUrl.username = APP_ROLE;
  appUrl.password = password;
  return { adminUrl, appUrl: appUrl.toString() };
}
