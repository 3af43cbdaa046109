"use client";
import { useTranslation } from "react-i18next";

/** Freshly generated recovery codes: shown once, never again (only hashes are stored). */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="rounded border border-amber-700 bg-amber-50 p-4" data-testid="recovery-codes">
      <h2 className="mb-2 font-semibold">{t("account:recovery.newTitle")}</h2>
      <p className="mb-3">{t("account:recovery.saveNow")}</p>
      <ol className="grid grid-cols-2 gap-2 font-mono text-lg" dir="ltr" aria-label={t("account:recovery.listLabel")}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
    </div>
  );
}
