import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { appDatabaseUrl } from "@/lib/env";

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { einehandDb?: PrismaClient };

/** Connected as einehand_app: owns nothing, so row-level security always applies. */
export const db: PrismaClient =
  globalForDb.einehandDb ??
  (globalForDb.einehandDb = new PrismaClient({
    adapter: new PrismaPg({ connectionString: appDatabaseUrl(), max: Number(process.env.DB_POOL_SIZE ?? 10) }),
  }));

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
