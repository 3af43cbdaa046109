"use client";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { bookOnBehalfAction } from "@/lib/booking/actions";
import { PERSON_LANGUAGES } from "@/lib/persons/schemas";
import type { Locale } from "@/lib/i18n/settings";
import type { StaffSlot } from "@/lib/schedule/list-staff-slots";
import type { BookingPrefill } from "@/lib/schedule/prefill-from-file";
import { dateTimeOf, timeOf } from "./format";

type Props = {
  locale: Locale;
  serviceCode: string;
  slots: StaffSlot[];
  prefill: BookingPrefill | null;
  /** the front desk opens the file afterwards; lane staff find it in their lane */
  fileLink: boolean;
};

/**
 * The second step of booking for someone: a free time and the person's details (prefilled from
 * their case file when started there). No challenge, no rate limit: staff are signed in. The
 * answer names the booking code and the file, and warns when a similar person exists.
 */
export function StaffBookingForm({ locale, serviceCode, slots, prefill, fileLink }: Props) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(bookOnBehalfAction);
  if (state?.ok) {
    const r = state.data;
    return (
      <div role="status" className="flex flex-col gap-3 rounded border border-green-700 bg-green-50 p-4 text-green-900" data-testid="staff-booking-result">
        <p className="font-semibold">{t("schedule:book.done", { when: dateTimeOf(r.booking.startsAt, locale), counter: r.booking.counter })}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>{t("schedule:book.code")}</dt>
          <dd className="font-mono text-lg" dir="ltr">{r.booking.code}</dd>
          <dt>{t("schedule:book.fileNumber")}</dt>
          <dd dir="ltr">{fileLink ? <Link href={`/${locale}/desk/files/${encodeURIComponent(r.fileNumber)}`} className="underline">{r.fileNumber}</Link> : r.fileNumber}</dd>
        </dl>
        <p>{r.personCreated ? t("schedule:book.personCreated") : t("schedule:book.personFound")}</p>
        {r.possibleDuplicate && (
          <p className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">{t("schedule:book.possibleDuplicate")}</p>
        )}
        <Link href={`/${locale}/desk/book`} className="self-start text-brand-800 underline">
          {t("schedule:book.another")}
        </Link>
      </div>
    );
  }
  const slotErrors = errorsOf("startsAt");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="serviceCode" value={serviceCode} />
      <fieldset aria-describedby={slotErrors ? "slot-error" : undefined}>
        <legend className="mb-2 font-medium">{t("schedule:book.times")}</legend>
        {slots.length === 0 ? (
          <p>{t("schedule:book.noTimes")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {slots.map((s) => (
              <li key={s.start}>
                <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-slate-400 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input type="radio" name="startsAt" value={s.start} required />
                  <span dir="ltr">{timeOf(s.start, locale)}</span>
                  <span className="text-sm text-slate-600">{t("schedule:book.free", { count: s.free })}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {slotErrors?.map((key) => (
          <p key={key} id="slot-error" className="text-sm text-red-700">
            {t(key)}
          </p>
        ))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{t("schedule:book.person")}</legend>
        <TextField label={t("schedule:book.givenName")} name="givenName" dir="auto" autoComplete="off" required defaultValue={prefill?.givenName} errors={errorsOf("givenName")} />
        <TextField label={t("schedule:book.familyName")} name="familyName" dir="auto" autoComplete="off" required defaultValue={prefill?.familyName} errors={errorsOf("familyName")} />
        <TextField label={t("schedule:book.birthDate")} name="birthDate" type="date" required defaultValue={prefill?.birthDate} errors={errorsOf("birthDate")} />
        <SelectField
          label={t("schedule:book.language")}
          name="language"
          required
          defaultValue={prefill?.language ?? locale}
          errors={errorsOf("language")}
          options={Object.entries(PERSON_LANGUAGES).map(([value, label]) => ({ value, label }))}
        />
        <p className="text-sm text-slate-600 sm:col-span-2">{t("schedule:book.contactHint")}</p>
        <TextField label={t("schedule:book.email")} name="email" type="email" dir="ltr" autoComplete="off" defaultValue={prefill?.email} errors={errorsOf("email")} />
        <TextField label={t("schedule:book.phone")} name="phone" type="tel" dir="ltr" autoComplete="off" defaultValue={prefill?.phone} errors={errorsOf("phone")} />
      </fieldset>
      <Button type="submit" disabled={pending || slots.length === 0} className="self-start">
        {t("schedule:book.submit")}
      </Button>
    </form>
  );
}
