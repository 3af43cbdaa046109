"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { saveServiceAction } from "@/lib/catalogue-admin/actions";
import { DOCUMENT_KEYS } from "@/lib/catalogue/service-codes";
import { BookingMode, Lane } from "@/lib/generated/prisma/enums";
import { LANGUAGE_NAMES, LOCALES } from "@/lib/i18n/settings";

export type ServiceFormValues = {
  id: string;
  code: string;
  lane: Lane;
  durationMinutes: number;
  bufferMinutes: number;
  bookingMode: BookingMode;
  minAge: number | null;
  maxAge: number | null;
  feeCents: number | null;
  requiredDocuments: string[];
  minNoticeMinutes: number;
  horizonDays: number;
  holdMinutes: number;
  releaseDelayMinutes: number;
  active: boolean;
  texts: { locale: string; name: string; description: string }[];
};

const suffix = (l: string) => l[0].toUpperCase() + l.slice(1);
const num = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/**
 * Create or edit a service: every field the booking engine reads, the documents checklist and
 * the texts in the five UI languages (German required; a blank language falls back to German).
 * Code and lane are fixed once the service exists.
 */
export function ServiceForm({ locale, service }: { locale: string; service?: ServiceFormValues }) {
  const { t } = useTranslation();
  const router = useRouter();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(saveServiceAction);
  // a new service continues on its own edit page, so a second save changes it instead of failing on its code
  const created = !service && state?.ok ? state.data.code : null;
  useEffect(() => {
    if (created) router.push(`/${locale}/admin/catalogue/services/${encodeURIComponent(created)}`);
  }, [created, locale, router]);
  const text = (locale: string) => service?.texts.find((x) => x.locale === locale);
  const field = (name: string, label: string, value: number | null | undefined, hint?: string, required = true) => (
    <TextField label={label} hint={hint} name={name} type="number" inputMode="numeric" min={0} required={required} defaultValue={num(value)} errors={errorsOf(name)} />
  );
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-6" noValidate>
      <FormStatus state={state} successKey="schedule:catalogue.saved" />
      {service && <input type="hidden" name="serviceId" value={service.id} />}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{t("schedule:catalogue.service.basics")}</legend>
        <TextField label={t("schedule:catalogue.service.code")} hint={t("schedule:catalogue.service.codeHint")} name="code" dir="ltr" required disabled={!!service} defaultValue={service?.code} errors={errorsOf("code")} />
        <SelectField
          label={t("schedule:catalogue.service.lane")}
          name="lane"
          required
          disabled={!!service}
          defaultValue={service?.lane ?? ""}
          errors={errorsOf("lane")}
          options={[{ value: "", label: t("schedule:catalogue.choose") }, ...Object.values(Lane).map((l) => ({ value: l, label: t(`common:lane.${l}`) }))]}
        />
        <SelectField
          label={t("schedule:catalogue.service.bookingMode")}
          name="bookingMode"
          required
          defaultValue={service?.bookingMode ?? "ONLINE"}
          errors={errorsOf("bookingMode")}
          options={Object.values(BookingMode).map((m) => ({ value: m, label: t(`catalogue:mode.${m}`) }))}
        />
        <label className="flex min-h-11 items-center gap-2 self-end">
          <input type="checkbox" name="active" defaultChecked={service?.active ?? true} />
          {t("schedule:catalogue.service.active")}
        </label>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-medium">{t("schedule:catalogue.service.timing")}</legend>
        {field("durationMinutes", t("schedule:catalogue.service.duration"), service?.durationMinutes ?? 30)}
        {field("bufferMinutes", t("schedule:catalogue.service.buffer"), service?.bufferMinutes ?? 0)}
        {field("minNoticeMinutes", t("schedule:catalogue.service.minNotice"), service?.minNoticeMinutes ?? 120)}
        {field("horizonDays", t("schedule:catalogue.service.horizon"), service?.horizonDays ?? 60)}
        {field("holdMinutes", t("schedule:catalogue.service.hold"), service?.holdMinutes ?? 10, t("schedule:catalogue.service.holdHint"))}
        {field("releaseDelayMinutes", t("schedule:catalogue.service.releaseDelay"), service?.releaseDelayMinutes ?? 60, t("schedule:catalogue.service.releaseDelayHint"))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-medium">{t("schedule:catalogue.service.eligibility")}</legend>
        {field("minAge", t("schedule:catalogue.service.minAge"), service?.minAge, undefined, false)}
        {field("maxAge", t("schedule:catalogue.service.maxAge"), service?.maxAge, undefined, false)}
        <TextField
          label={t("schedule:catalogue.service.fee")}
          hint={t("schedule:catalogue.service.feeHint")}
          name="fee"
          inputMode="decimal"
          dir="ltr"
          defaultValue={service?.feeCents != null ? (service.feeCents / 100).toFixed(2) : ""}
          errors={errorsOf("fee")}
        />
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-medium">{t("schedule:catalogue.service.documents")}</legend>
        <ul className="grid gap-2 sm:grid-cols-2">
          {DOCUMENT_KEYS.map((k) => (
            <li key={k}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="requiredDocuments[]" value={k} defaultChecked={service?.requiredDocuments.includes(k)} />
                {t(`catalogue:document.${k}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {LOCALES.map((l) => (
        <fieldset key={l} className="grid gap-4">
          <legend className="mb-2 font-medium">{t("schedule:catalogue.service.texts", { language: LANGUAGE_NAMES[l] })}</legend>
          <TextField label={t("schedule:catalogue.service.name")} name={`name${suffix(l)}`} lang={l} dir="auto" required={l === "de"} defaultValue={text(l)?.name} errors={errorsOf(`name${suffix(l)}`)} />
          <TextArea label={t("schedule:catalogue.service.description")} name={`description${suffix(l)}`} lang={l} dir="auto" required={l === "de"} defaultValue={text(l)?.description} errors={errorsOf(`description${suffix(l)}`)} />
        </fieldset>
      ))}
      <Button type="submit" disabled={pending} className="self-start">
        {t("schedule:catalogue.save")}
      </Button>
    </form>
  );
}
