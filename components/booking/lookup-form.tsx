"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ReferenceCodeField } from "@/components/ui/reference-code-field";
import { useActionForm } from "@/components/desk/use-action-form";
import { lookupBookingAction } from "@/lib/booking/public-actions";

/** Booking code + date of birth open one's booking (the same answer for a wrong code or date). */
export function LookupForm({ locale, code }: { locale: string; code?: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(lookupBookingAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="locale" value={locale} />
      <ReferenceCodeField label={t("booking:manage.code")} hint={t("booking:manage.codeHint")} defaultValue={code} errors={errorsOf("code")} />
      <TextField label={t("booking:details.birthDate")} name="birthDate" type="date" required autoComplete="bday" errors={errorsOf("birthDate")} />
      <Button type="submit" disabled={pending} className="self-start">
        {t("booking:manage.open")}
      </Button>
    </form>
  );
}
