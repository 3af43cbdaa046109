import pg from "pg";
import PgBoss from "pg-boss";
import { sendBookingMessage, type MessageChannels } from "@/lib/messages/send-booking-message";
import { JOBS_SCHEMA, MESSAGE_QUEUE, type MessageJob } from "./queue";

export type JobWorker = { boss: PgBoss; stop(): Promise<void> };

/**
 * Works the job queue: sends booking messages. Connects as the worker's own role (see
 * jobs-database.ts). Any number of workers may run (one per app instance): pg-boss hands each
 * job to one of them (FOR UPDATE SKIP LOCKED). Jobs are rows in Postgres, so what was queued
 * before a restart is sent after it. Retries and backoff are the queue's settings (migration
 * 20261201010000_messages: 5 retries, 30 s doubling).
 */
export async function startJobWorker(opts: {
  connectionString: string;
  channels: MessageChannels;
  /** how often an idle worker looks for due jobs; tests use the minimum (0.5 s) */
  pollingIntervalSeconds?: number;
  log?: (m: string) => void;
}): Promise<JobWorker> {
  const log = opts.log ?? console.log;
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    schema: JOBS_SCHEMA,
    application_name: "einehand-jobs",
    max: 4,
    // the schema belongs to the migrations; this role may not (and need not) change it
    migrate: false,
    schedule: false,
  });
  boss.on("error", (e) => log(`[jobs] ${e.message}`));
  const pool = new pg.Pool({ connectionString: opts.connectionString, max: 2, application_name: "einehand-jobs" });
  await boss.start();
  await boss.work<MessageJob>(
    MESSAGE_QUEUE,
    { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, batchSize: 1, includeMetadata: true },
    async ([job]) => {
      const outcome = await sendBookingMessage(pool, opts.channels, job.data.messageId, { finalAttempt: job.retryCount >= job.retryLimit });
      return { outcome };
    },
  );
  return {
    boss,
    async stop() {
      // graceful: a message being sent is finished before the connection closes
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await pool.end();
    },
  };
}
