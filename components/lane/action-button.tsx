"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;

/**
 * A one-button form for a Server Action on one row (accept, done, revoke, close). `label` is
 * already translated by the server page; `describedBy` ties the button to its row for screen
 * readers ("Accept" — which request?).
 */
export function ActionButton({
  action,
  fields,
  label,
  variant = "secondary",
  describedBy,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  describedBy?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-describedby={describedBy} className="min-h-9 px-3 py-1 text-sm">
        {label}
      </Button>
      {state && !state.ok && <FormStatus state={state} />}
    </form>
  );
}
