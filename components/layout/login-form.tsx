"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { loginAction, type LoginState } from "@/lib/auth/actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function LoginForm({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, null);
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4">
      <input type="hidden" name="locale" value={locale} />
      {state?.errorKey && (
        <p role="alert" data-testid="login-error" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t(state.errorKey)}
        </p>
      )}
      <TextField label={t("auth:email")} name="email" type="email" autoComplete="username" required />
      <TextField label={t("auth:password")} name="password" type="password" autoComplete="current-password" required />
      {state?.needTotp && (
        <TextField label={t("auth:totp")} hint={t("auth:totpHint")} name="totp" inputMode="numeric" autoComplete="one-time-code" required autoFocus />
      )}
      <Button type="submit" disabled={pending}>
        {t("auth:signIn")}
      </Button>
    </form>
  );
}
