import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { appDatabaseUrl } from "@/lib/env";

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { einehandDb?: PrismaClient; einehandPool?: pg.Pool };

/** Connected as einehand_app: owns nothing, so row-level security always applies. */
const pool: pg.Pool =
  globalForDb.einehandPool ??
  (globalForDb.einehandPool = new pg.Pool({ connectionString: appDatabaseUrl(), max: Number(process.env.DB_POOL_SIZE ?? 10) }));

export const db: PrismaClient = globalForDb.einehandDb ?? (globalForDb.einehandDb = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }));

/**
 * One statement straight on the same pool, without Prisma's query pipeline (about 2 ms of Node
 * CPU per query): only for hot paths that are a single SQL function call carrying the actor's
 * row-level-security settings itself (the counter's call-next and ticket changes). The result
 * rows come with node-postgres' types (timestamptz → Date, arrays → arrays).
 */
export async function queryOnce<T extends pg.QueryResultRow>(query: Prisma.Sql): Promise<T[]> {
  return (await pool.query<T>(query.text, query.values as unknown[])).rows;
}

/**
 * Runs `fn` in one transaction whose row-level-security settings identify the actor. The
 * settings are transaction-local (`set_config(..., true)`), so a pooled connection never
 * carries them into the next request.
 */
export function withActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.user_id', ${actor.userId}, true),
      set_config('app.role', ${actor.role}, true), set_config('app.lane', ${actor.lane ?? ""}, true)`;
    return fn(tx);
  });
}
