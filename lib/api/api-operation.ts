import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { getStaffSession } from "@/lib/auth/staff-session";
import type { Actor } from "@/lib/auth/actor";
import { AppError, toAppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import type { ApiOperationSpec } from "./operation-spec";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * Route handler for one API v1 operation: validate params/query/body with the spec's zod
 * schemas (the same ones the OpenAPI document is generated from) → authenticate (Auth.js
 * session cookie) → authorize (permission table) → delegate. Errors become
 * `{ error: { code, message } }` with the status of their code; outsiders get 404.
 */
export function apiOperation<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined, T>(
  spec: ApiOperationSpec<P, Q, B> & { permission: Permission },
  handler: (input: { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> }, actor: Actor) => Promise<T>,
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
      const session = await getStaffSession();
      if (!session) throw new AppError("UNAUTHENTICATED");
      if (session.mustEnrolTotp || !can(session.actor.role, spec.permission)) throw new AppError("NOT_FOUND", `denied ${spec.permission}`);
      const result = await handler(
        { params: params?.data as Parsed<P>, query: query?.data as Parsed<Q>, body: body?.data as Parsed<B> },
        session.actor,
      );
      return NextResponse.json(result, { status: spec.successStatus ?? 200 });
    } catch (e) {
      const err = toAppError(e);
      if (err.code === "INTERNAL") console.error(e);
      return NextResponse.json(
        { error: { code: err.code, message: err.messageKey, fieldErrors: err.fieldErrors } },
        { status: err.status },
      );
    }
  };
}
