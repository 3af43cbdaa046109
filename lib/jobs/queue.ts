import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";

/** pg-boss's schema, created by migration 20261201010000_messages (owner rights, not at runtime). */
export const JOBS_SCHEMA = "pgboss";
/** One queue for every booking message; its retry policy is set where the queue is created. */
export const MESSAGE_QUEUE = "booking-message";

export type MessageJob = { messageId: string };

/**
 * "Is a ticket with an SMS number near its turn now?" for one queue: put on the queue by the
 * database itself (enqueue_near_sms_check(), migration 20261202020000_ticket_sms) whenever the
 * queue moves, inside that transaction; at most one such job per queue waits (policy short).
 */
export const NEAR_SMS_QUEUE = "ticket-near-sms";
export type NearSmsJob = { queueId: string };

// Only insert() of this instance is used, and always with the caller's transaction as `db`: it
// is never started, opens no pool, and fails loudly if anything tries a connection of its own.
let sender: PgBoss | undefined;
function jobSender(): PgBoss {
  sender ??= new PgBoss({
    schema: JOBS_SCHEMA,
    db: { executeSql: () => Promise.reject(new Error("jobs are enqueued only inside a transaction (enqueueMessageJobs)")) },
  });
  return sender;
}

/**
 * Puts jobs on the queue inside the caller's Prisma transaction (pg-boss 10's `db` option runs
 * its INSERT through our executeSql), so they commit or roll back with the booking. One
 * statement for all of them: the booking transaction stays short. The job id is the outbox
 * row's id: enqueuing the same message twice is a no-op (ON CONFLICT DO NOTHING).
 */
export async function enqueueMessageJobs(tx: Tx, jobs: { messageId: string; startAfter: Date; singletonKey: string }[]): Promise<void> {
  if (jobs.length === 0) return;
  const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
  await jobSender().insert(
    jobs.map((j) => ({
      id: j.messageId,
      name: MESSAGE_QUEUE,
      data: { messageId: j.messageId } satisfies MessageJob,
      startAfter: j.startAfter.toISOString(),
      singletonKey: j.singletonKey,
    })),
    { db },
  );
}
