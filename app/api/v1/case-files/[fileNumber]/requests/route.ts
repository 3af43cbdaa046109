import { apiOperation } from "@/lib/api/api-operation";
import { createRequestSpec } from "@/lib/requests/api-specs";
import { createRequest } from "@/lib/requests/create-request";

export const POST = apiOperation(createRequestSpec, ({ params, body }, actor) => createRequest(actor, { ...body, fileNumber: params.fileNumber }));
