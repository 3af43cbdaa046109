import pg from "pg";

export const JOBS_ROLE = "einehand_jobs";

/**
 * The connection of the job worker: JOBS_DATABASE_URL when the operator sets it; otherwise the
 * role einehand_jobs (created by migration 20261201010000_messages) gets a password here — which
 * needs the privileged DATABASE_URL scripts/serve.ts holds anyway.
 *
 * Why a role of its own: the worker must read every booking's contact details to send
 * messages, which neither the app role (row-level security shows each caller only its own
 * bookings) nor app.* settings (any code in the web process could set them) should allow; the
 * owner could, but may also change every table. einehand_jobs may read bookings and the
 * catalogue, update message status and work the queue — nothing more — and its password is
 * never handed to the internet-facing Next.js process.
 */
export async function jobsDatabaseUrl(adminUrl: string): Promise<string> {
  if (process.env.JOBS_DATABASE_URL) return process.env.JOBS_DATABASE_URL;
  const password = process.env.JOBS_DB_PASSWORD ?? "einehand-jobs-local";
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${JOBS_ROLE} WITH LOGIN PASSWORD '${password.replaceAll("'", "''")}'`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.username = JOBS_ROLE;
  url.password = password;
  return url.toString();
}
