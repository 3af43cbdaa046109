"use client";
import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/action-result";

type Action = (previous: ActionResult<never> | null, form: FormData) => Promise<ActionResult<never>>;

/**
 * A one-button form for a public booking action that redirects on success (hold this time,
 * cancel, move): the values travel as hidden fields, a refusal is shown above the button and
 * `onError` may add what to do next (e.g. pick another time).
 */
export function ActionForm({
  action,
  fields,
  label,
  variant = "primary",
  onError,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  onError?: ReactNode;
}) {
  const [state, dispatch, pending] = useActionState<ActionResult<never> | null, FormData>(action, null);
  return (
    <form action={dispatch} className="flex flex-col items-start gap-3">
      <FormStatus state={state} />
      {state && !state.ok && onError}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
