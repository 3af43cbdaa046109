import { apiOperation } from "@/lib/api/api-operation";
import { getQueueOverviewSpec } from "@/lib/queue/api-specs";
import { getQueueOverview } from "@/lib/queue/get-queue-overview";

export const GET = apiOperation(getQueueOverviewSpec, ({ query }, actor) => getQueueOverview(actor, query));
