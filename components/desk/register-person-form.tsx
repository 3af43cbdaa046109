"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { registerPersonAction } from "@/lib/persons/actions";
import { PERSON_LANGUAGES } from "@/lib/persons/schemas";
import { DuplicateCandidates } from "./duplicate-candidates";
import { useActionForm } from "./use-action-form";

/** Hamm's city districts, offered while typing; other places may be typed freely. */
const DISTRICTS = ["Hamm-Mitte", "Hamm-Uentrop", "Hamm-Rhynern", "Hamm-Pelkum", "Hamm-Herringen", "Hamm-Bockum-Hövel", "Hamm-Heessen"];

/** Registration at the counter; a likely duplicate is shown for a decision before anything is created. */
export function RegisterPersonForm({ locale, countries }: { locale: string; countries: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const router = useRouter();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(registerPersonAction);
  const created = state?.ok && state.data.status === "created" ? state.data : null;
  const duplicates = state?.ok && state.data.status === "duplicates" ? state.data.candidates : null;

  useEffect(() => {
    if (created) router.push(`/${locale}/desk/files/${encodeURIComponent(created.fileNumber)}`);
  }, [created, locale, router]);

  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {created ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("desk:register.created", { fileNumber: created.fileNumber })}
        </p>
      ) : (
        <FormStatus state={state} />
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{t("desk:register.nameLegend")}</legend>
        <TextField label={t("desk:register.givenName")} hint={t("desk:register.nameHint")} name="givenName" dir="auto" autoComplete="off" required errors={errorsOf("givenName")} />
        <TextField label={t("desk:register.familyName")} hint={t("desk:register.nameHint")} name="familyName" dir="auto" autoComplete="off" required errors={errorsOf("familyName")} />
        <TextField label={t("desk:register.givenNameLatin")} hint={t("desk:register.latinHint")} name="givenNameLatin" dir="ltr" autoComplete="off" errors={errorsOf("givenNameLatin")} />
        <TextField label={t("desk:register.familyNameLatin")} hint={t("desk:register.latinHint")} name="familyNameLatin" dir="ltr" autoComplete="off" errors={errorsOf("familyNameLatin")} />
      </fieldset>
      <TextField label={t("desk:register.birthDate")} name="birthDate" type="date" required errors={errorsOf("birthDate")} />
      <SelectField
        label={t("desk:register.nationality")}
        name="nationality"
        defaultValue=""
        errors={errorsOf("nationality")}
        options={[{ value: "", label: t("desk:register.nationalityNone") }, ...countries]}
      />
      <SelectField
        label={t("desk:register.language")}
        name="language"
        defaultValue=""
        required
        errors={errorsOf("language")}
        options={[{ value: "", label: t("desk:register.choose") }, ...Object.entries(PERSON_LANGUAGES).map(([value, label]) => ({ value, label }))]}
      />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{t("desk:register.contactLegend")}</legend>
        <p className="text-sm text-slate-600 sm:col-span-2">{t("desk:register.contactHint")}</p>
        <TextField label={t("desk:register.phone")} name="phone" type="tel" dir="ltr" autoComplete="off" errors={errorsOf("phone")} />
        <TextField label={t("desk:register.email")} name="email" type="email" dir="ltr" autoComplete="off" errors={errorsOf("email")} />
      </fieldset>
      <TextField label={t("desk:register.district")} name="district" list="desk-districts" autoComplete="off" errors={errorsOf("district")} />
      <datalist id="desk-districts">
        {DISTRICTS.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      {duplicates && <DuplicateCandidates locale={locale} candidates={duplicates} />}
      <Button type="submit" disabled={pending || created !== null} className="self-start">
        {t("desk:register.submit")}
      </Button>
    </form>
  );
}
