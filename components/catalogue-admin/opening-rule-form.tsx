"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { addOpeningRuleAction } from "@/lib/catalogue-admin/actions";

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A weekly opening rule: weekday, hours on the Berlin wall clock, optionally valid from/until a date. */
export function OpeningRuleForm({ counterId }: { counterId: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(addOpeningRuleAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="mt-3 grid gap-4 sm:grid-cols-3" noValidate>
      <input type="hidden" name="counterId" value={counterId} />
      <SelectField
        label={t("schedule:catalogue.rule.weekday")}
        name="weekday"
        required
        errors={errorsOf("weekday")}
        options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`schedule:weekday.${d}`) }))}
      />
      <TextField label={t("schedule:catalogue.rule.start")} name="start" type="time" required defaultValue="08:00" errors={errorsOf("start")} />
      <TextField label={t("schedule:catalogue.rule.end")} name="end" type="time" required defaultValue="12:00" errors={errorsOf("end")} />
      <TextField label={t("schedule:catalogue.rule.validFrom")} name="validFrom" type="date" errors={errorsOf("validFrom")} />
      <TextField label={t("schedule:catalogue.rule.validUntil")} name="validUntil" type="date" errors={errorsOf("validUntil")} />
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("schedule:catalogue.rule.add")}
        </Button>
      </div>
      <div className="sm:col-span-3">
        <FormStatus state={state} successKey="schedule:catalogue.saved" />
      </div>
    </form>
  );
}
