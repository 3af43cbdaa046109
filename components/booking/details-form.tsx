"use client";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { confirmBookingAction } from "@/lib/booking/public-actions";
import { PersonFields } from "./person-fields";
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
      <PersonFields locale={locale} errorsOf={errorsOf} />
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
