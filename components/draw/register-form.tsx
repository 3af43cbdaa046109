"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { PersonFields } from "@/components/booking/person-fields";
import { PowChallenge } from "@/components/booking/pow-challenge";
import { formatDayLong } from "@/components/catalogue/format";
import type { Locale } from "@/lib/i18n/settings";
import { registerForDrawAction } from "@/lib/draw/public-actions";

/**
 * Registration for a draw: the person's details as in the booking flow, an optional urgency
 * date and the acceptable dates as checkboxes. On success the entry code is shown: with the
 * date of birth it is the key to the status page.
 */
export function DrawRegisterForm({ locale, serviceCode, dates }: { locale: Locale; serviceCode: string; dates: string[] }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(registerForDrawAction);
  const failed = state && !state.ok ? state : null;
  const challengeErrors = [...(errorsOf("challenge") ?? []), ...(failed?.messageKey.startsWith("challenge:") ? [failed.messageKey] : [])];
  if (state?.ok) {
    return (
      <div role="status" className="flex max-w-2xl flex-col gap-3 rounded border border-green-700 bg-green-50 p-4 text-green-950">
        <p className="text-lg font-semibold">{t("draw:register.success")}</p>
        <p>
          {t("draw:register.yourCode")}{" "}
          <strong dir="ltr" className="font-mono text-2xl" data-testid="draw-entry-code">
            {state.data.code}
          </strong>
        </p>
        <p>{t("draw:register.keepCode")}</p>
        <p>
          <a href={`/${locale}/draw/status?code=${encodeURIComponent(state.data.code)}`} className="text-brand-800 underline">
            {t("draw:register.toStatus")}
          </a>
        </p>
      </div>
    );
  }
  const dateErrors = errorsOf("acceptableDates");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="serviceCode" value={serviceCode} />
      <PersonFields locale={locale} errorsOf={errorsOf} />
      <TextField label={t("draw:register.urgentBy")} hint={t("draw:register.urgentByHint")} name="urgentBy" type="date" errors={errorsOf("urgentBy")} />
      <fieldset className="flex flex-col gap-2" aria-describedby={dateErrors?.length ? "draw-dates-error" : "draw-dates-hint"}>
        <legend className="mb-1 font-medium">{t("draw:register.dates")}</legend>
        <p id="draw-dates-hint" className="text-sm text-slate-700">
          {t("draw:register.datesHint")}
        </p>
        {dates.map((date) => (
          <label key={date} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="acceptableDates[]" value={date} className="size-5" />
            <span>{formatDayLong(locale, date)}</span>
          </label>
        ))}
        {dateErrors?.map((key) => (
          <p key={key} id="draw-dates-error" className="text-sm text-red-700">
            {t(key)}
          </p>
        ))}
      </fieldset>
      <PowChallenge errors={challengeErrors} renew={failed?.messageKey.startsWith("challenge:") ? state : undefined} />
      <Button type="submit" disabled={pending} className="self-start">
        {t("draw:register.submit")}
      </Button>
    </form>
  );
}
