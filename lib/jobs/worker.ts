import pg from "pg";
import PgBoss from "pg-boss";
import { sendBookingMessage, type MessageChannels } from "@/lib/messages/send-booking-message";
import { expireClosedLanes } from "@/lib/lanes/expire-closed-lanes";
import { erasePastTicketPhones, sendNearTurnSms } from "@/lib/messages/send-near-turn-sms";
import { JOBS_SCHEMA, MESSAGE_QUEUE, NEAR_SMS_QUEUE, type MessageJob, type NearSmsJob } from "./queue";

const HOUR = 3_600_000;

export type JobWorker = { boss: PgBoss; stop(): Promise<void> };

/**
 * Works the job queue: sends booking messages and the near-turn SMS of queue tickets; hourly
 * housekeeping erases past ticket phone numbers and deletes lanes past their retention period.
 * Connects as the worker's own role (see jobs-database.ts). Any number of workers may run (one per app
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
  // housekeeping at start and every hour; with several workers each does it, which is harmless:
  // ticket phone numbers are kept for their day only (every near-turn check erases them too),
  // and closed lanes past their retention period are deleted (DESIGN.md rule 8)
  const housekeeping = async () => {
    await erasePastTicketPhones(pool).catch((e) => log(`[jobs] erasing ticket phones: ${e instanceof Error ? e.message : e}`));
    await expireClosedLanes(pool)
      .then((expired) => expired.length > 0 && log(`[jobs] retention: ${expired.length} closed lane(s) past their period deleted`))
      .catch((e) => log(`[jobs] retention: ${e instanceof Error ? e.message : e}`));
  };
  await housekeeping();
  const eraser = setInterval(() => void housekeeping(), HOUR);
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
