"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { disableTotpAction } from "@/lib/account/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { CodeField } from "./code-field";

/** Switches the second factor off (only offered when the deployment does not require it). */
export function DisableTotpForm() {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState(disableTotpAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">{t("account:disable.hint")}</p>
      <FormStatus state={state} />
      <CodeField errors={state?.ok === false ? state.fieldErrors?.code : undefined} />
      <Button type="submit" variant="danger" disabled={pending} className="self-start">
        {t("account:disable.submit")}
      </Button>
    </form>
  );
}
