"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { updateCounterAction } from "@/lib/catalogue-admin/actions";
import type { CounterForEdit } from "@/lib/catalogue-admin/get-counter-for-edit";

/** Name, active, and the services the counter serves (one checkbox per service). */
export function CounterForm({ counter }: { counter: Pick<CounterForEdit, "id" | "name" | "active" | "services"> }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(updateCounterAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-4" noValidate>
      <FormStatus state={state} successKey="schedule:catalogue.saved" />
      <input type="hidden" name="counterId" value={counter.id} />
      <TextField label={t("schedule:catalogue.counter.name")} name="name" required defaultValue={counter.name} errors={errorsOf("name")} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="active" defaultChecked={counter.active} />
        {t("schedule:catalogue.counter.active")}
      </label>
      <fieldset>
        <legend className="mb-2 font-medium">{t("schedule:catalogue.counter.services")}</legend>
        <ul className="grid gap-2 sm:grid-cols-2">
          {counter.services.map((s) => (
            <li key={s.id}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="serviceIds[]" value={s.id} defaultChecked={s.served} />
                <span>
                  {s.name} <span className="text-sm text-slate-600">({t(`common:lane.${s.lane}`)}{s.active ? "" : ` · ${t("schedule:catalogue.inactive")}`})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">
        {t("schedule:catalogue.save")}
      </Button>
    </form>
  );
}
