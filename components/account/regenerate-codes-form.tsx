"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { regenerateRecoveryCodesAction } from "@/lib/account/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { CodeField } from "./code-field";
import { useShowFreshCodes } from "./fresh-codes";

/** How many recovery codes are left, and a new set for a current code (shown above). */
export function RegenerateCodesForm({ left }: { left: number }) {
  const { t } = useTranslation();
  const showCodes = useShowFreshCodes();
  const [state, action, pending] = useActionState(async (previous: unknown, form: FormData) => {
    const result = await regenerateRecoveryCodesAction(previous, form);
    if (result.ok) showCodes(result.data.recoveryCodes);
    return result;
  }, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <p data-testid="recovery-left">{t("account:recovery.left", { count: left })}</p>
      <p className="text-sm text-slate-700">{t("account:recovery.regenerateHint")}</p>
      <FormStatus state={state} />
      <CodeField errors={state?.ok === false ? state.fieldErrors?.code : undefined} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t("account:recovery.regenerate")}
      </Button>
    </form>
  );
}
