"use client";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { confirmBookingAction } from "@/lib/booking/public-actions";
import { PERSON_LANGUAGES } from "@/lib/persons/schemas";
import { PowChallenge, type Phase } from "./pow-challenge";

/**
 * Step 3: who the appointment is for, and the browser check. The hold's code travels as a
 * hidden field (it is the key to the held time). Typed values stay when the server refuses.
 * Sent before the check has finished, the form waits for it and then goes on by itself.
 */
export function DetailsForm({ locale, holdCode, chooseAgainHref }: { locale: string; holdCode: string; chooseAgainHref: string }) {
  const { t } = useTranslation();
  const onBehalfId = useId();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(confirmBookingAction);
  const failed = state && !state.ok ? state : null;
  const challengeErrors = [...(errorsOf("challenge") ?? []), ...(failed?.messageKey.startsWith("challenge:") ? [failed.messageKey] : [])];
  const formRef = useRef<HTMLFormElement>(null);
  const [phase, setPhase] = useState<Phase>("working");
  const [waiting, setWaiting] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (phase === "done") return onSubmit(event);
    event.preventDefault();
    setWaiting(phase === "working");
  };
  useEffect(() => {
    if (!waiting || phase === "working") return;
    setWaiting(false);
    if (phase === "done") formRef.current?.requestSubmit();
  }, [waiting, phase]);
  const expired = failed?.messageKey === "booking:error.holdExpired" || failed?.messageKey === "booking:error.notFound";
  return (
    <form ref={formRef} action={dispatch} onSubmit={submit} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormStatus state={state} />
      {expired && (
        <p>
          <Link href={chooseAgainHref} className="text-brand-800 underline">
            {t("booking:flow.chooseAgain")}
          </Link>
        </p>
      )}
      <input type="hidden" name="code" value={holdCode} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{t("booking:details.nameLegend")}</legend>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("booking:details.nameHint")}</p>
        <TextField label={t("booking:details.givenName")} name="givenName" dir="auto" autoComplete="given-name" required errors={errorsOf("givenName")} />
        <TextField label={t("booking:details.familyName")} name="familyName" dir="auto" autoComplete="family-name" required errors={errorsOf("familyName")} />
      </fieldset>
      <TextField label={t("booking:details.birthDate")} hint={t("booking:details.birthDateHint")} name="birthDate" type="date" required autoComplete="bday" errors={errorsOf("birthDate")} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{t("booking:details.contactLegend")}</legend>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("booking:details.contactHint")}</p>
        <TextField label={t("booking:details.email")} name="email" type="email" dir="ltr" autoComplete="email" errors={errorsOf("email")} />
        <TextField label={t("booking:details.phone")} name="phone" type="tel" dir="ltr" autoComplete="tel" errors={errorsOf("phone")} />
      </fieldset>
      <SelectField
        label={t("booking:details.language")}
        hint={t("booking:details.languageHint")}
        name="language"
        defaultValue={locale}
        required
        errors={errorsOf("language")}
        options={Object.entries(PERSON_LANGUAGES).map(([value, label]) => ({ value, label }))}
      />
      <div className="flex items-start gap-2">
        <input id={onBehalfId} type="checkbox" name="onBehalf" value="true" className="mt-1 size-5" aria-describedby={`${onBehalfId}-hint`} />
        <div>
          <label htmlFor={onBehalfId} className="font-medium">
            {t("booking:details.onBehalf")}
          </label>
          <p id={`${onBehalfId}-hint`} className="text-sm text-slate-700">
            {t("booking:details.onBehalfHint")}
          </p>
        </div>
      </div>
      <PowChallenge errors={challengeErrors} renew={failed?.messageKey.startsWith("challenge:") ? state : undefined} onPhase={setPhase} />
      <Button type="submit" disabled={pending || waiting} className="self-start">
        {t("booking:details.submit")}
      </Button>
    </form>
  );
}
