"use client";
import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** A console button's Server Action: after a success the page re-reads the counter's state. */
export function useRefreshAction<T>(action: Action<T>) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return { state, dispatch, pending };
}
