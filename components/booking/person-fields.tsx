"use client";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "@/components/ui/field";
import { PERSON_LANGUAGES } from "@/lib/persons/schemas";

/**
 * Who an appointment or a draw entry is for: name in any script, date of birth, e-mail or
 * mobile number, message language — the fields of lib/booking/schemas.ts personShape.
 */
export function PersonFields({ locale, errorsOf }: { locale: string; errorsOf: (field: string) => string[] | undefined }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
