"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { nearSmsAtKiosk } from "@/lib/kiosk/kiosk-actions";
import { KioskAlert } from "./kiosk-alert";
import { KioskInput } from "./kiosk-input";

/**
 * Optional on the ticket screen: a mobile number for one SMS when the turn is near. The number
 * goes onto this ticket only (the server checks that this kiosk issued it) and is deleted at the
 * end of the day; afterwards the screen shows just its last digits.
 */
export function NearSmsForm({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState(nearSmsAtKiosk, null);
  if (state?.ok)
    return (
      <p role="status" className="mt-8 rounded bg-green-100 p-4 text-xl font-medium text-green-900 print:hidden">
        {t("messages:nearTurn.form.done", { ending: state.data.phoneEnding })}
      </p>
    );
  const phoneError = state && !state.ok ? state.fieldErrors?.phone?.[0] : undefined;
  return (
    <form action={action} className="mt-8 border-t-2 border-slate-300 pt-6 text-start print:hidden" aria-labelledby="near-sms-heading">
      <h2 id="near-sms-heading" className="mb-4 text-2xl font-semibold">
        {t("messages:nearTurn.form.heading")}
      </h2>
      <input type="hidden" name="ticketId" value={ticketId} />
      <KioskInput
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        dir="ltr"
        label={t("messages:nearTurn.form.phone")}
        hint={t("messages:nearTurn.form.privacy")}
        error={phoneError ? t(phoneError) : undefined}
      />
      {state && !state.ok && !phoneError && (
        <KioskAlert>{t(state.messageKey)}</KioskAlert>
      )}
      <button type="submit" disabled={pending} className="min-h-16 rounded bg-brand-700 px-8 text-xl font-medium text-white">
        {t("messages:nearTurn.form.submit")}
      </button>
    </form>
  );
}
