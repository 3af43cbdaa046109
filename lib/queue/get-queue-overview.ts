import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { Lane } from "@/lib/generated/prisma/enums";
import type { QueueOverview } from "./schemas";

type Row = {
  queue_id: string; code: string; name: string; lane: Lane; waiting: number; longest_wait_seconds: number | null;
  no_shows: number; done: number; open_counters: string[];
};

/**
 * Waiting per queue, longest wait, open counters and today's no-shows at a location, for the
 * front desk and lane leads. Counts only (queue_overview()), and only of the public lanes'
 * queues — plus a lane lead's own: DESIGN.md rule 2 keeps even counts of MBE and JMD from the
 * public bodies (migration 20261202050000_overview_public_lanes).
 */
export async function getQueueOverview(actor: Actor, input: { locationId: string; lang?: string }): Promise<QueueOverview> {
  if (!can(actor.role, "queue.overview")) throw notFound("location");
  const rows = await withActor(actor, (tx) => tx.$queryRaw<Row[]>`SELECT o.*, coalesce(queue_label(o.queue_id, ${input.lang ?? null}), o.name) AS name
    FROM queue_overview(${input.locationId}::uuid) o`);
  return {
    queues: rows.map((r) => ({
      queueId: r.queue_id, code: r.code, name: r.name, lane: r.lane, waiting: r.waiting,
      longestWaitMinutes: Math.floor((r.longest_wait_seconds ?? 0) / 60), noShowsToday: r.no_shows, doneToday: r.done, openCounters: r.open_counters,
    })),
  };
}
