import type { Tx } from "@/lib/db";
import { enqueueMessageJobs } from "@/lib/jobs/queue";

export type BookingEvent = "confirmed" | "cancelled" | "rescheduled";

type QueuedRow = { message_id: string; kind: string; channel: string; send_after: Date };

/**
 * Inside the caller's transaction: writes the outbox rows for this event (e-mail and/or SMS,
 * and for a confirmation or a new time the reminder for the day before) and puts one job per
 * row on the queue (one statement). Nothing is sent here — the worker (lib/jobs/worker.ts) does that after
 * commit — so a rolled-back booking sends nothing and a committed one never loses its message.
 * The rows are written by queue_booking_messages() (migration 20261201010000_messages), which
 * admits only the booking the caller may act on.
 */
export async function queueBookingMessages(tx: Tx, bookingId: string, event: BookingEvent): Promise<number> {
  const rows = await tx.$queryRaw<QueuedRow[]>`SELECT message_id, kind::text, channel::text, send_after
    FROM queue_booking_messages(${bookingId}::uuid, ${event})`;
  await enqueueMessageJobs(
    tx,
    rows.map((row) => ({
      messageId: row.message_id,
      startAfter: row.send_after,
      // for operators reading the queue: which booking and message the job belongs to
      singletonKey: `${bookingId}:${row.kind}:${row.channel}`,
    })),
  );
  return rows.length;
}
