"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { setLaneRetentionAction } from "@/lib/admin/actions";

/** One lane's retention period: months after closing until the expiry job deletes the lane. */
export function RetentionForm({ lane, months }: { lane: string; months: number }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(setLaneRetentionAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate aria-label={t(`common:lane.${lane}`)}>
      <input type="hidden" name="lane" value={lane} />
      <TextField label={`${t(`common:lane.${lane}`)} — ${t("admin:retention.months")}`} name="months" type="number" min={1} max={600}
        defaultValue={months} required errors={errorsOf("months")} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("admin:retention.save")}
      </Button>
      <FormStatus state={state} successKey="admin:retention.saved" />
    </form>
  );
}
