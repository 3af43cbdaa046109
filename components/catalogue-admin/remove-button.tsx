"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/action-result";

type Props = {
  action: (previous: unknown, input: FormData) => Promise<ActionResult<void>>;
  name: "ruleId" | "closureId";
  id: string;
  /** what is removed, for screen readers: many rows carry the same button */
  what: string;
};

/** Removes one opening rule or closure; the accessible name starts with the visible text (WCAG 2.5.3). */
export function RemoveButton({ action, name, id, what }: Props) {
  const { t } = useTranslation();
  const [state, dispatch, pending] = useActionState(action, null);
  return (
    <form action={dispatch} className="inline-flex items-center gap-2">
      <input type="hidden" name={name} value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t("schedule:catalogue.removeWhat", { what })}>
        {t("schedule:catalogue.remove")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
