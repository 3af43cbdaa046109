"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState for staff forms that must keep what was typed when the server answers with
 * field errors or a duplicate warning: React resets a <form action> after every submission, so
 * submit through onSubmit instead (the form still has `action` for use before hydration).
 */
export function useActionForm<T>(action: Action<T>) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  const errorsOf = (field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined);
  return { state, dispatch, pending, onSubmit, errorsOf };
}
