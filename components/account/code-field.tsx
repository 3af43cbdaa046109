"use client";
import { useTranslation } from "react-i18next";
import { TextField } from "@/components/ui/field";

/** The 6-digit code from the authenticator app. */
export function CodeField({ errors }: { errors?: string[] }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t("account:code.label")}
      hint={t("account:code.hint")}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      required
      errors={errors}
      className="min-h-11 w-40 rounded border border-slate-400 px-3 py-2 font-mono aria-[invalid=true]:border-red-700"
    />
  );
}
