import pg from "pg";

let pool: pg.Pool | undefined;

/** Superuser access for arranging data and asserting on rows; never used by code under test. */
export function admin(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: process.env.TEST_ADMIN_URL, max: 4 });
  return pool;
}

export async function closeAdmin() {
  await pool?.end();
  pool = undefined;
}

/**
 * Runs `sql` as the app role with the given RLS settings, the way a forgotten filter in app code
 * would: nothing but the policies stands between the query and the rows.
 */
export async function asAppRole<T extends pg.QueryResultRow>(settings: { role: string; lane?: string | null; userId?: string }, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.role', $1, true), set_config('app.lane', $2, true), set_config('app.user_id', $3, true)", [
      settings.role,
      settings.lane ?? "",
      settings.userId ?? "00000000-0000-0000-0000-000000000000",
    ]);
    const result = await client.query<T>(sql, params);
    await client.query("COMMIT");
    return result;
  } finally {
    await client.end();
  }
}
