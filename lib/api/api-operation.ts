import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { getStaffSession } from "@/lib/auth/staff-session";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { errorResponse, parseOperationInput, type Parsed } from "./operation-io";
import type { ApiOperationSpec } from "./operation-spec";

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
      const input = await parseOperationInput(spec, request, context);
      const session = await getStaffSession();
      if (!session) throw new AppError("UNAUTHENTICATED");
      if (session.mustEnrolTotp || !can(session.actor.role, spec.permission)) throw new AppError("NOT_FOUND", `denied ${spec.permission}`);
      const result = await handler(input, session.actor);
      return NextResponse.json(result, { status: spec.successStatus ?? 200 });
    } catch (e) {
      return errorResponse(e);
    }
  };
}
