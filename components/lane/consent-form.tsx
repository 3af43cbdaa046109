"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/lib/actions/action-result";
import { grantConsentAction } from "@/lib/consents/actions";
import { NOTICE_LANGUAGES } from "@/lib/consents/notice";
import { ALL_LANES } from "@/lib/auth/actor";
import { DataCategory, type Lane } from "@/lib/generated/prisma/enums";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { fieldErrors } from "./field-errors";

type Props = {
  fileNumber: string;
  ownLane: Lane;
  noticeVersion: string;
  defaultNoticeLanguage: string;
  /** "YYYY-MM-DD" bounds and default of the expiry date, computed on the server in office time. */
  today: string;
  defaultExpiresOn: string;
  maxExpiresOn: string;
};

/** Records a consent the person gave: always from the own lane, to one other lane. */
export function ConsentForm(p: Props) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(grantConsentAction, null);
  const err = (name: string) => fieldErrors(state, name);
  const categoryErrors = err("categories");
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="fileNumber" value={p.fileNumber} />
      <FormStatus state={state} successKey="lane:consentForm.saved" />
      <p className="text-sm">{t("lane:consentForm.from", { lane: t(`common:lane.${p.ownLane}`) })}</p>
      <SelectField
        label={t("lane:consentForm.toLane")}
        name="toLane"
        options={ALL_LANES.filter((l) => l !== p.ownLane).map((l) => ({ value: l, label: t(`common:lane.${l}`) }))}
        errors={err("toLane")}
      />
      <fieldset aria-describedby={categoryErrors ? "consent-categories-error" : undefined}>
        <legend className="font-medium">{t("lane:consent.categories")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-3">
          {Object.values(DataCategory).map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="categories[]" value={c} className="size-5" />
              {t(`common:category.${c}`)}
            </label>
          ))}
        </div>
        {categoryErrors?.map((key) => (
          <p key={key} id="consent-categories-error" className="text-sm text-red-700">
            {t(key)}
          </p>
        ))}
      </fieldset>
      <TextArea label={t("lane:consent.purpose")} hint={t("lane:consentForm.purposeHint")} name="purpose" required maxLength={500} errors={err("purpose")} />
      <TextField
        label={t("lane:consentForm.expiresOn")}
        hint={t("lane:consentForm.expiresHint")}
        name="expiresOn"
        type="date"
        required
        min={p.today}
        max={p.maxExpiresOn}
        defaultValue={p.defaultExpiresOn}
        errors={err("expiresOn")}
      />
      <SelectField
        label={t("lane:consentForm.noticeLanguage")}
        hint={t("lane:consentForm.noticeVersion", { version: p.noticeVersion })}
        name="noticeLanguage"
        defaultValue={p.defaultNoticeLanguage}
        options={Object.entries(NOTICE_LANGUAGES).map(([code, name]) => ({ value: code, label: name }))}
        errors={err("noticeLanguage")}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("lane:consentForm.submit")}
        </Button>
      </div>
    </form>
  );
}
