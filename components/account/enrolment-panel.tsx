"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { confirmTotpEnrolmentAction } from "@/lib/account/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { CodeField } from "./code-field";
import { StartEnrolmentForm } from "./start-enrolment-form";
import { useShowFreshCodes } from "./fresh-codes";

type Props = { qrDataUrl: string; groupedSecret: string };

/** Scan (or type) the secret and confirm with a code; the recovery codes then appear above. */
export function EnrolmentPanel({ qrDataUrl, groupedSecret }: Props) {
  const { t } = useTranslation();
  const showCodes = useShowFreshCodes();
  const [state, action, pending] = useActionState(async (previous: unknown, form: FormData) => {
    const result = await confirmTotpEnrolmentAction(previous, form);
    if (result.ok) showCodes(result.data.recoveryCodes);
    return result;
  }, null);
  return (
    <div className="flex flex-col gap-4">
      <ol className="list-decimal space-y-2 ps-6">
        <li>{t("account:enrol.step1")}</li>
        <li>{t("account:enrol.step2")}</li>
        <li>{t("account:enrol.step3")}</li>
      </ol>
      <img src={qrDataUrl} width={240} height={240} alt={t("account:enrol.qrAlt")} className="border border-slate-300" />
      <div>
        <p className="font-medium">{t("account:enrol.manual")}</p>
        <p className="font-mono text-lg tracking-wider" dir="ltr" data-testid="totp-secret">
          {groupedSecret}
        </p>
      </div>
      <form action={action} className="flex flex-col gap-3">
        <FormStatus state={state} />
        <CodeField errors={state?.ok === false ? state.fieldErrors?.code : undefined} />
        <Button type="submit" disabled={pending} className="self-start">
          {t("account:enrol.confirm")}
        </Button>
      </form>
      <StartEnrolmentForm restart />
    </div>
  );
}
