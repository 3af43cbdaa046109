import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import type { Lane } from "@/lib/generated/prisma/enums";
import { publishQueueRow } from "./publish-queue-row";
import { queueStatisticsQuery, type QueueStatistics, type QueueStatisticsQueryInput } from "./queue-statistics-schemas";

type Row = {
  day: string; lane: Lane; service_id: string | null;
  issued: number; called: number; served: number; no_shows: number; transfers_out: number;
  waits: number; wait_median: number | null; wait_p90: number | null; services: number; service_median: number | null;
};

/**
 * Tickets, waiting and service times per Berlin day × lane × service (or the lane's general
 * queue), computed in PostgreSQL from the append-only TicketEvent log.
 *
 * A "stop" is one Ticket row: a transfer ends the stop in the old queue and starts a new one in
 * the target queue, whose ISSUED event is written at the moment of the transfer — so its wait
 * counts from the transfer, not from the visit's first ticket (Ticket.issuedAt keeps that one
 * for the call order). Wait = first CALLED − ISSUED of the stop; service = STARTED → the end of
 * service at the stop (FINISHED, or TRANSFERRED on, as Ticket.finishedAt records it).
 *
 * Who sees what is decided by row-level security on TicketEvent (steering the public lanes —
 * never MBE or JMD, DESIGN.md rule 2 — a lane lead their own), and again in the query's `where` for lane leads; everyone else is refused
 * before the database. Steering's figures are published with small cells suppressed
 * (publish-queue-row.ts). The read is audited, like every steering figure.
 */
export async function getQueueStatistics(
  actor: Actor,
  input: QueueStatisticsQueryInput,
  opts: { locale?: string; audit?: "read" | "export" } = {},
): Promise<QueueStatistics> {
  if (!can(actor.role, "steering.queues")) throw notFound("queue statistics");
  const parsed = queueStatisticsQuery.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "invalid range", { fieldErrors: fieldErrorsOf(parsed.error) });
  const { from, to, locationId } = parsed.data;
  const lane = actor.role === "LANE_LEAD" ? actor.lane : null;
  if (actor.role === "LANE_LEAD" && !lane) throw notFound("queue statistics");
  const suppress = actor.role !== "LANE_LEAD";
  const locale = opts.locale ?? "de";

  return withActor(actor, async (tx) => {
    const rows = await tx.$queryRaw<Row[]>`
      WITH bounds AS (
        SELECT (${from}::date)::timestamp AT TIME ZONE 'Europe/Berlin' AS start,
               (${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin' AS stop
      ), stops AS (
        -- a stop's queue is fixed (ticket_fixed_columns); its service is the one it was issued for,
        -- should an admin later point the queue at another service
        SELECT e."ticketId", min(e."lane") AS "lane", (array_agg(e."serviceId") FILTER (WHERE e."event" = 'ISSUED'))[1] AS "serviceId",
               min(e."at") FILTER (WHERE e."event" = 'ISSUED') AS entered,
               min(e."at") FILTER (WHERE e."event" = 'CALLED') AS first_call,
               min(e."at") FILTER (WHERE e."event" = 'STARTED') AS started,
               min(e."at") FILTER (WHERE e."event" IN ('FINISHED', 'TRANSFERRED')) AS ended,
               bool_or(e."event" = 'FINISHED') AS served,
               bool_or(e."event" = 'NO_SHOW') AS no_show,
               bool_or(e."event" = 'TRANSFERRED') AS transferred
          FROM "TicketEvent" e, bounds b
         -- a stop issued late on the last day may be called after midnight
         WHERE e."at" >= b.start AND e."at" < b.stop + interval '1 day'
           AND (${locationId}::uuid IS NULL OR e."locationId" = ${locationId}::uuid)
           AND (${lane}::"Lane" IS NULL OR e."lane" = ${lane}::"Lane")
         GROUP BY e."ticketId"
      ), measured AS (
        SELECT (s.entered AT TIME ZONE 'Europe/Berlin')::date AS day, s."lane", s."serviceId", s.served, s.no_show, s.transferred,
               s.first_call IS NOT NULL AS called,
               extract(epoch FROM s.first_call - s.entered)::float8 AS wait,
               extract(epoch FROM s.ended - s.started)::float8 AS service
          FROM stops s, bounds b
         WHERE s.entered >= b.start AND s.entered < b.stop
      )
      SELECT to_char(m.day, 'YYYY-MM-DD') AS day, m."lane", m."serviceId" AS service_id,
             count(*)::int AS issued,
             count(*) FILTER (WHERE m.called)::int AS called,
             count(*) FILTER (WHERE m.served)::int AS served,
             count(*) FILTER (WHERE m.no_show)::int AS no_shows,
             count(*) FILTER (WHERE m.transferred)::int AS transfers_out,
             count(m.wait)::int AS waits,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY m.wait) AS wait_median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY m.wait) AS wait_p90,
             count(m.service)::int AS services,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY m.service) AS service_median
        FROM measured m
       GROUP BY m.day, m."lane", m."serviceId"
       ORDER BY m.day, m."lane", m."serviceId" NULLS FIRST`;

    const serviceIds = [...new Set(rows.flatMap((r) => (r.service_id ? [r.service_id] : [])))];
    const services = await tx.service.findMany({
      where: { id: { in: serviceIds } },
      select: { id: true, code: true, texts: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } } },
    });
    const serviceOf = new Map(services.map((s) => [s.id, { code: s.code, name: (s.texts.find((t) => t.locale === locale) ?? s.texts.find((t) => t.locale === "de"))?.name ?? s.code }]));

    await recordAudit(tx, actor, {
      action: opts.audit === "export" ? "steering.queues.export" : "steering.queues.read",
      purpose: "steering",
      lane,
      detail: { from, to, locationId },
    });
    return {
      from, to, locationId, suppressed: suppress,
      rows: rows.map((r) => ({
        day: r.day, lane: r.lane, serviceId: r.service_id,
        serviceCode: r.service_id ? (serviceOf.get(r.service_id)?.code ?? null) : null,
        serviceName: r.service_id ? (serviceOf.get(r.service_id)?.name ?? null) : null,
        ...publishQueueRow(
          {
            issued: r.issued, called: r.called, served: r.served, noShows: r.no_shows, transfersOut: r.transfers_out,
            waits: r.waits, waitMedian: r.wait_median, waitP90: r.wait_p90, services: r.services, serviceMedian: r.service_median,
          },
          suppress,
        ),
      })),
    };
  });
}
