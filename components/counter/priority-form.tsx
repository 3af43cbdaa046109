"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { priorityAction } from "@/lib/counter/actions";
import { useRefreshAction } from "./use-refresh-action";

export const PRIORITIES = ["DISABILITY", "SMALL_CHILDREN", "PREGNANCY", "SENIOR"] as const;

/** Priority flags of one waiting ticket, named by its number only. */
export function PriorityForm({ ticketId, displayNumber, current }: { ticketId: string; displayNumber: string; current: string[] }) {
  const { t } = useTranslation();
  const { state, dispatch, pending } = useRefreshAction(priorityAction);
  const labels: Record<(typeof PRIORITIES)[number], string> = {
    DISABILITY: t("console:priority.DISABILITY"),
    SMALL_CHILDREN: t("console:priority.SMALL_CHILDREN"),
    PREGNANCY: t("console:priority.PREGNANCY"),
    SENIOR: t("console:priority.SENIOR"),
  };
  return (
    <form action={dispatch} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="ticketId" value={ticketId} />
      <fieldset className="flex flex-wrap gap-3">
        <legend className="sr-only">{t("console:priorityFor", { number: displayNumber })}</legend>
        {PRIORITIES.map((p) => (
          <label key={p} className="inline-flex min-h-11 items-center gap-1">
            <input type="checkbox" name="priorities[]" value={p} defaultChecked={current.includes(p)} />
            {labels[p]}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t("console:savePriorityFor", { number: displayNumber })}>
        {t("console:savePriority")}
      </Button>
      <FormStatus state={state} successKey="console:prioritySaved" />
    </form>
  );
}
