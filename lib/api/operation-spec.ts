import type { z } from "zod";

/** One API v1 operation as documented in OpenAPI; the route handler validates with the same schemas. */
export type ApiOperationSpec<P = z.ZodType | undefined, Q = z.ZodType | undefined, B = z.ZodType | undefined> = {
  operationId: string;
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI path template, e.g. /api/v1/case-files/{fileNumber} */
  path: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  response: z.ZodType;
  successStatus?: number;
};
