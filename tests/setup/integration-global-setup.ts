import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { provisionDatabase } from "../../lib/db/provision";

/**
 * One real PostgreSQL for the integration tests: a fresh embedded cluster in a temp dir (or the
 * server in TEST_DATABASE_URL), migrated with the same runner as production. Tests connect as
 * the unprivileged app role; TEST_ADMIN_URL is only for arranging data and for checks.
 */
export default async function setup() {
  let stop = async () => {};
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "einehand-it-"));
    await chmod(dir, 0o755); // embedded Postgres runs as the `postgres` user
    const port = 56000 + Math.floor(Math.random() * 2000);
    process.env.PG_FSYNC = "off";
    const pg = await startEmbeddedPostgres({ dataDir: dir, port, quiet: true });
    adminUrl = pg.adminUrl("einehand_test");
    stop = async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const { appUrl } = await provisionDatabase(adminUrl);
  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.APP_DATABASE_URL = appUrl;
  return stop;
}
