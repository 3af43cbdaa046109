"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { resetUserTotpAction, setUserActiveAction } from "@/lib/admin/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type Props = { userId: string; name: string; active: boolean; totpEnrolled: boolean; self: boolean };

/**
 * Per-account buttons. Each names its account for screen readers (many rows look alike); the
 * accessible name starts with the visible text, so voice control finds it (WCAG 2.5.3).
 */
export function UserActions({ userId, name, active, totpEnrolled, self }: Props) {
  const { t } = useTranslation();
  const [activeState, toggle, toggling] = useActionState(setUserActiveAction, null);
  const [resetState, reset, resetting] = useActionState(resetUserTotpAction, null);
  return (
    <div className="flex flex-wrap items-start gap-2">
      {!(self && active) && (
        <form action={toggle}>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <Button
            type="submit"
            variant={active ? "danger" : "secondary"}
            disabled={toggling}
            aria-label={t("admin:users.actionFor", { action: active ? t("admin:users.deactivate") : t("admin:users.activate"), name })}
          >
            {active ? t("admin:users.deactivate") : t("admin:users.activate")}
          </Button>
        </form>
      )}
      {totpEnrolled && (
        <form action={reset}>
          <input type="hidden" name="userId" value={userId} />
          <Button type="submit" variant="secondary" disabled={resetting} aria-label={t("admin:users.actionFor", { action: t("admin:users.resetTotp"), name })}>
            {t("admin:users.resetTotp")}
          </Button>
        </form>
      )}
      <FormStatus state={activeState} />
      <FormStatus state={resetState} />
    </div>
  );
}
