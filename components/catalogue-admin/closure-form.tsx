"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { addClosureAction } from "@/lib/catalogue-admin/actions";

/** Closes a location or one counter for a period; times on the Berlin wall clock. */
export function ClosureForm({ target }: { target: { locationId: string } | { counterId: string } }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(addClosureAction);
  const [name, id] = "locationId" in target ? ["locationId", target.locationId] : ["counterId", target.counterId];
  return (
    <form action={dispatch} onSubmit={onSubmit} className="mt-3 grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name={name} value={id} />
      <TextField label={t("schedule:catalogue.closure.from")} name="startsAt" type="datetime-local" required errors={errorsOf("startsAt")} />
      <TextField label={t("schedule:catalogue.closure.until")} name="endsAt" type="datetime-local" required errors={errorsOf("endsAt")} />
      <TextField label={t("schedule:catalogue.closure.reason")} name="reason" required errors={errorsOf("reason")} />
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("schedule:catalogue.closure.add")}
        </Button>
      </div>
      <div className="sm:col-span-2">
        <FormStatus state={state} successKey="schedule:catalogue.saved" />
      </div>
    </form>
  );
}
