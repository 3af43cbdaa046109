import pg from "pg";
import PgBoss from "pg-boss";
import { sendBookingMessage, type MessageChannels } from "@/lib/messages/send-booking-message";
import { erasePastTicketPhones, sendNearTurnSms } from "@/lib/messages/send-near-turn-sms";
import { JOBS_SCHEMA, MESSAGE_QUEUE, NEAR_SMS_QUEUE, type MessageJob, type NearSmsJob } from "./queue";

const HOUR = 3_600_000;

export type JobWorker = { boss: PgBoss; stop(): Promise<void> };

/**
 * Works the job queue: sends booking messages and the near-turn SMS of queue tickets. Connects
 * as the worker's own role (see jobs-database.ts). Any number of workers may run (one per app
 * instance): pg-boss hands each job to one of them (FOR UPDATE SKIP LOCKED). Jobs are rows in
 * Postgres, so what was queued before a restart is sent after it. Retries and backoff are the
 * queues' settings (migrations 20261201010000_messages and 20261202020000_ticket_sms: 5
 * retries, 30 s doubling).
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
  await boss.work<NearSmsJob>(
    NEAR_SMS_QUEUE,
    { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, batchSize: 1 },
    async ([job]) => ({ sent: await sendNearTurnSms(pool, opts.channels.sms, job.data.queueId) }),
  );
  // ticket phone numbers are kept for their day only: erased at start and every hour (every
  // near-turn check erases them too); with several workers each does it, which is harmless
  const erase = () => erasePastTicketPhones(pool).catch((e) => log(`[jobs] erasing ticket phones: ${e instanceof Error ? e.message : e}`));
  await erase();
  const eraser = setInterval(() => void erase(), HOUR);
  eraser.unref();
  return {
    boss,
    async stop() {
      clearInterval(eraser);
      // graceful: a message being sent is finished before the connection closes
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await pool.end();
    },
  };
}
