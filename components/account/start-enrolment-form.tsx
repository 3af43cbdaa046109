"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { startTotpEnrolmentAction } from "@/lib/account/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Generates a (new) secret; the page then shows its QR code. */
export function StartEnrolmentForm({ restart = false }: { restart?: boolean }) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState(startTotpEnrolmentAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <Button type="submit" variant={restart ? "secondary" : "primary"} disabled={pending} className="self-start">
        {restart ? t("account:enrol.restart") : t("account:enrol.start")}
      </Button>
    </form>
  );
}
