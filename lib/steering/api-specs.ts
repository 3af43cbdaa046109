import type { ApiOperationSpec } from "@/lib/api/operation-spec";
import { queueStatisticsQuery, queueStatisticsSchema } from "./queue-statistics-schemas";

export const getQueueStatisticsSpec = {
  operationId: "getQueueStatistics",
  method: "get",
  path: "/api/v1/queue-statistics",
  summary:
    "Per Berlin day × lane × service (serviceId null: the lane's general queue), from the ticket event log: tickets that entered the queue, called, served (finished), no-shows, transfers out; waiting time (entering the queue — a transfer enters the next one — to the first call) median and 90th percentile, service time (start to end of service at the stop) median, in seconds. Range: `from`..`to` inclusive, default the last 14 days, at most 92 days (400 steering:queues.error.tooLong / .order). Steering gets the public lanes (ABH, SOZ, KIM — never MBE or JMD) with counts below 5 and durations over fewer than 5 tickets hidden ({\"hidden\":\"small\"|\"secondary\"}); a lane lead gets their own lane's exact figures. Every read is audited.",
  tags: ["statistics"],
  permission: "steering.queues",
  query: queueStatisticsQuery,
  response: queueStatisticsSchema,
} as const satisfies ApiOperationSpec & { permission: "steering.queues" };

export const steeringApiSpecs = [getQueueStatisticsSpec] as ApiOperationSpec[];
