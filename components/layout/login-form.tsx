"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { loginAction, type LoginState } from "@/lib/auth/actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function LoginForm({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, null);
  // A form action resets the form afterwards; when the second factor is asked for, e-mail and
  // password must stay filled in. Without JavaScript the plain form action still works.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form action={action} onSubmit={submit} className="flex max-w-sm flex-col gap-4">
      <input type="hidden" name="locale" value={locale} />
      {state?.errorKey && (
        <p role="alert" data-testid="login-error" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t(state.errorKey)}
        </p>
      )}
      <TextField label={t("auth:email")} name="email" type="email" autoComplete="username" required />
      <TextField label={t("auth:password")} name="password" type="password" autoComplete="current-password" required />
      {state?.needTotp && (
        <TextField label={t("auth:totp")} hint={t("auth:totpHint")} name="totp" autoComplete="one-time-code" autoCapitalize="off" spellCheck={false} required autoFocus />
      )}
      <Button type="submit" disabled={pending}>
        {t("auth:signIn")}
      </Button>
    </form>
  );
}
