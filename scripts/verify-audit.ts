/** npm run db:verify-audit — checks the hash chain of AuditEvent (DATABASE_URL, or the embedded demo database). */
import { verifyAuditChain } from "../lib/audit/verify-audit-chain";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import path from "node:path";

let url = process.env.DATABASE_URL;
let stop = async () => {};
if (!url) {
  const pg = await startEmbeddedPostgres({ dataDir: path.resolve(process.env.EINEHAND_DATA_DIR ?? ".data", "pg"), port: Number(process.env.PG_PORT ?? 54329) });
  url = pg.adminUrl(process.env.PG_DATABASE ?? "einehand");
  stop = () => pg.stop();
}
try {
  const report = await verifyAuditChain(url);
  if (report.ok) console.log(`audit chain intact: ${report.checked} events verified`);
  else {
    console.error(`audit chain BROKEN at event ${report.brokenAtId}: ${report.reason} (${report.checked} events before it verified)`);
    process.exitCode = 2;
  }
} finally {
  await stop();
}
