/**
 * The job worker as a process of its own, started by scripts/serve.ts beside Next.js (or by an
 * operator's process manager):
 *   JOBS_DATABASE_URL=postgresql://einehand_jobs:…@host/db node --conditions=react-server --import tsx lib/jobs/run-worker.ts
 * (`react-server`: the shared use-case modules mark themselves server-only.)
 * It sends booking messages and the queue's near-turn SMS (QUEUE_SMS_AHEAD, default 3).
 * E-mail goes to SMTP_URL; in the demo (EINEHAND_DEMO=1) without SMTP_URL to a local SMTP sink
 * (MAIL_SINK_PORT, default 2525) whose messages the demo mailbox page shows. Stops on SIGTERM
 * after the message in hand is sent.
 */
import { createMailer } from "@/lib/messages/mailer";
import { startMailSink, type MailSink } from "@/lib/messages/mail-sink";
import { messageStoreDir } from "@/lib/messages/message-store";
import { smsProviderFromEnv } from "@/lib/messages/sms";
import { startJobWorker } from "./worker";

async function mailTarget(): Promise<{ url: string; sink?: MailSink }> {
  if (process.env.SMTP_URL) return { url: process.env.SMTP_URL };
  if (process.env.EINEHAND_DEMO !== "1") throw new Error("SMTP_URL is not set: e-mail needs an SMTP server (see README, Messages)");
  const wanted = Number(process.env.MAIL_SINK_PORT ?? 2525);
  const dir = messageStoreDir("mail");
  const sink = await startMailSink({ dir, port: wanted }).catch((e: NodeJS.ErrnoException) => {
    // another demo on this machine holds the port: any free one will do, only this process sends to it
    if (e.code === "EADDRINUSE" && !process.env.MAIL_SINK_PORT) return startMailSink({ dir, port: 0 });
    throw e;
  });
  console.log(`[mail] demo mail sink on 127.0.0.1:${sink.port}, messages in ${dir}`);
  return { url: sink.url, sink };
}

async function main() {
  const connectionString = process.env.JOBS_DATABASE_URL;
  if (!connectionString) throw new Error("JOBS_DATABASE_URL is not set (scripts/serve.ts sets it)");
  const target = await mailTarget();
  const mailer = createMailer(target.url);
  const worker = await startJobWorker({ connectionString, channels: { mailer, sms: smsProviderFromEnv() } });
  console.log("[jobs] worker started");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop().catch((e) => console.error(`[jobs] ${e instanceof Error ? e.message : e}`));
    mailer.close();
    await target.sink?.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((e) => {
  console.error(`[jobs] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
