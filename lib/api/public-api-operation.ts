import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError, toAppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import type { ApiOperationSpec } from "./operation-spec";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

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
      const params = spec.params ? spec.params.safeParse(await context.params) : undefined;
      const query = spec.query ? spec.query.safeParse(Object.fromEntries(request.nextUrl.searchParams)) : undefined;
      let bodyInput: unknown;
      if (spec.body) {
        try {
          bodyInput = await request.json();
        } catch {
          throw new AppError("VALIDATION", "body is not JSON", { messageKey: "errors:invalidJson" });
        }
      }
      const body = spec.body ? spec.body.safeParse(bodyInput) : undefined;
      for (const r of [params, query, body]) {
        if (r && !r.success) throw new AppError("VALIDATION", "invalid input", { fieldErrors: fieldErrorsOf(r.error) });
      }
      const result = await handler({ params: params?.data as Parsed<P>, query: query?.data as Parsed<Q>, body: body?.data as Parsed<B> }, request);
      return NextResponse.json(result, { status: spec.successStatus ?? 200 });
    } catch (e) {
      const err = toAppError(e);
      if (err.code === "INTERNAL") console.error(e);
      return NextResponse.json({ error: { code: err.code, message: err.messageKey, fieldErrors: err.fieldErrors } }, { status: err.status });
    }
  };
}
