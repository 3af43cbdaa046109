"use client";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/lib/actions/action-result";

/** The translated outcome of a Server Action, announced to screen readers. */
export function FormStatus({ state, successKey }: { state: ActionResult<unknown> | null; successKey?: string }) {
  const { t } = useTranslation();
  if (!state) return null;
  if (state.ok) {
    return successKey ? (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
        {t(successKey)}
      </p>
    ) : null;
  }
  return (
    <p role="alert" data-testid="form-error" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
      {t(state.messageKey)}
    </p>
  );
}
