import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError, toAppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import type { ApiOperationSpec } from "./operation-spec";

export type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Validates params, query and JSON body with the spec's zod schemas; VALIDATION on any failure. */
export async function parseOperationInput<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined>(
  spec: ApiOperationSpec<P, Q, B>,
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
): Promise<{ params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> }> {
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
  return { params: params?.data as Parsed<P>, query: query?.data as Parsed<Q>, body: body?.data as Parsed<B> };
}

/** `{ error: { code, message, fieldErrors } }` with the status of the error's code. */
export function errorResponse(e: unknown): NextResponse {
  const err = toAppError(e);
  if (err.code === "INTERNAL") console.error(e);
  return NextResponse.json({ error: { code: err.code, message: err.messageKey, fieldErrors: err.fieldErrors } }, { status: err.status });
}
