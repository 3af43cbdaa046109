import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { errorResponse, parseOperationInput, type Parsed } from "./operation-io";
import type { ApiOperationSpec } from "./operation-spec";

/** A public operation: no session, no permission; the OpenAPI document lists it without security. */
export type PublicApiOperationSpec<P = z.ZodType | undefined, Q = z.ZodType | undefined, B = z.ZodType | undefined> = ApiOperationSpec<P, Q, B> & {
  public: true;
};

/**
 * Route handler for a public API v1 operation (newcomers, no account): the same steps and the
 * same error JSON as apiOperation — validate params/query/body with the spec's zod schemas →
 * delegate — minus authentication and authorization, which public operations do not have.
 * Anything a public operation returns must therefore be public data.
 */
export function publicApiOperation<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined, T>(
  spec: PublicApiOperationSpec<P, Q, B>,
  handler: (input: { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> }, request: NextRequest) => Promise<T>,
) {
  return async (request: NextRequest, context: { params: Promise<Record<string, string>> }) => {
    try {
      const result = await handler(await parseOperationInput(spec, request, context), request);
      return NextResponse.json(result, { status: spec.successStatus ?? 200 });
    } catch (e) {
      return errorResponse(e);
    }
  };
}
