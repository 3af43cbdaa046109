import "server-only";
import type { z } from "zod";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import type { PublicClient } from "@/lib/booking/booking-context";
import { toAppError } from "@/lib/errors";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation";
import type { ActionResult } from "./action-result";

/**
 * The only way to write a public Server Action (newcomers, no account): validate (zod) → learn
 * the client's address for the rate limits → delegate to a use case. No authentication or
 * authorization step: what a public action may touch is decided by its use case (a booking
 * code + date of birth, row-level security). Errors come back as translated form state;
 * redirect() passes through. Usable with useActionState.
 */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, client: PublicClient) => Promise<T>) {
  return async (_previous: unknown, input: FormData | z.input<S>): Promise<ActionResult<T>> => {
    try {
      const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
      if (!parsed.success) {
        return { ok: false, code: "VALIDATION", messageKey: "errors:validation", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      const client = { ip: clientIp(await headers()) };
      return { ok: true, data: await handler(parsed.data, client) };
    } catch (e) {
      unstable_rethrow(e); // redirect() and notFound() are control flow, not failures
      const err = toAppError(e);
      if (err.code === "INTERNAL") console.error(e);
      return { ok: false, code: err.code, messageKey: err.messageKey, fieldErrors: err.fieldErrors };
    }
  };
}
