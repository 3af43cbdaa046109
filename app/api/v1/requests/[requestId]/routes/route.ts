import { apiOperation } from "@/lib/api/api-operation";
import { routeRequestSpec } from "@/lib/requests/api-specs";
import { routeRequest } from "@/lib/requests/route-request";

export const POST = apiOperation(routeRequestSpec, ({ params, body }, actor) => routeRequest(actor, { requestId: params.requestId, lanes: body.lanes }));
