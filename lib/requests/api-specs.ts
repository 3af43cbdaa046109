import type { ApiOperationSpec } from "@/lib/api/operation-spec";
import type { Permission } from "@/lib/auth/permissions";
import { createRequestSchema, fileNumberParams, requestIdParams, requestResultSchema, routeRequestSchema } from "./schemas";

export const createRequestSpec = {
  operationId: "createRequest",
  method: "post",
  path: "/api/v1/case-files/{fileNumber}/requests",
  summary: "Record a request (Anliegen) on a case file; it stays open until routed",
  tags: ["requests"],
  params: fileNumberParams,
  body: createRequestSchema,
  response: requestResultSchema,
  successStatus: 201,
  permission: "request.create",
} satisfies ApiOperationSpec & { permission: Permission };

export const routeRequestSpec = {
  operationId: "routeRequest",
  method: "post",
  path: "/api/v1/requests/{requestId}/routes",
  summary:
    "Route an open request to one or more lanes (opening them on the file). Asylum topics take no lanes: they are recorded as a referral to the external asylum office.",
  tags: ["requests"],
  params: requestIdParams,
  body: routeRequestSchema,
  response: requestResultSchema,
  permission: "request.route",
} satisfies ApiOperationSpec & { permission: Permission };

export const requestApiSpecs: (ApiOperationSpec & { permission: Permission })[] = [createRequestSpec, routeRequestSpec];
