import type { ActionResult } from "@/lib/actions/action-result";

/** The i18n keys of one field's errors from a Server Action result (translated by the field). */
export const fieldErrors = (state: ActionResult<unknown> | null, name: string) =>
  state && !state.ok ? state.fieldErrors?.[name] : undefined;
