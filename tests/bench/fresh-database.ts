import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/db/embedded-postgres";
import { provisionDatabase } from "../../lib/db/provision";

/** A benchmark's own embedded cluster under <data>/<dir> (kept between runs: starting it is quick). */
export const benchCluster = (dir: string, port: number) =>
  startEmbeddedPostgres({ dataDir: path.resolve(process.env.EINEHAND_DATA_DIR ?? ".data", dir), port });

/** The database `name`, dropped and provisioned anew: rows of an earlier run would change what is measured. */
export async function freshDatabase(cluster: RunningPostgres, name: string): Promise<{ adminUrl: string; appUrl: string }> {
  const server = new pg.Client({ connectionString: cluster.adminUrl("postgres") });
  await server.connect();
  await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await server.end();
  const adminUrl = cluster.adminUrl(name);
  const { appUrl } = await provisionDatabase(adminUrl);
  return { adminUrl, appUrl };
}
