import { apiOperation } from "@/lib/api/api-operation";
import { getQueueStatisticsSpec } from "@/lib/steering/api-specs";
import { getQueueStatistics } from "@/lib/steering/get-queue-statistics";

export const GET = apiOperation(getQueueStatisticsSpec, ({ query }, actor) =>
  getQueueStatistics(actor, { from: query.from, to: query.to, locationId: query.locationId ?? undefined }),
);
