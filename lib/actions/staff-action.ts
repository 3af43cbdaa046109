import "server-only";
import type { z } from "zod";
import { unstable_rethrow } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { getStaffSession } from "@/lib/auth/staff-session";
import type { Actor } from "@/lib/auth/actor";
import { AppError, toAppError } from "@/lib/errors";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation";
import type { ActionResult } from "./action-result";

/**
 * The only way to write a staff Server Action: validate (zod) → authenticate → authorize
 * (permission table) → delegate to a use case. A Server Action is a public POST endpoint, so
 * none of these may be left to the page that renders the form. Usable with useActionState.
 */
export function staffAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, actor: Actor) => Promise<T>,
) {
  return async (_previous: unknown, input: FormData | z.input<S>): Promise<ActionResult<T>> => {
    try {
      const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
      if (!parsed.success) {
        return { ok: false, code: "VALIDATION", messageKey: "errors:validation", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      const session = await getStaffSession();
      if (!session) throw new AppError("UNAUTHENTICATED");
      // until the second factor is enrolled, only the enrolment itself may be used
      if ((session.mustEnrolTotp && permission !== "account.security") || !can(session.actor.role, permission)) throw new AppError("NOT_FOUND", `denied ${permission}`);
      return { ok: true, data: await handler(parsed.data, session.actor) };
    } catch (e) {
      unstable_rethrow(e); // redirect() and notFound() are control flow, not failures
      const err = toAppError(e);
      if (err.code === "INTERNAL") console.error(e);
      return { ok: false, code: err.code, messageKey: err.messageKey, fieldErrors: err.fieldErrors };
    }
  };
}
