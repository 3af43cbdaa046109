"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { createCounterAction } from "@/lib/catalogue-admin/actions";

/** A new counter or room at one location. */
export function CreateCounterForm({ locationId, locationName }: { locationId: string; locationName: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(createCounterAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-wrap items-end gap-4" noValidate>
      <input type="hidden" name="locationId" value={locationId} />
      <TextField label={t("schedule:catalogue.counter.newName", { location: locationName })} name="name" required errors={errorsOf("name")} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("schedule:catalogue.counter.create")}
      </Button>
      <FormStatus state={state} successKey="schedule:catalogue.saved" />
    </form>
  );
}
