import type { ReactNode } from "react";
import Link from "next/link";
import { LanguageSwitcher } from "./language-switcher";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

export async function PublicShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getT(locale);
  return (
    <>
      <header className="border-b border-slate-300 bg-brand-50">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 p-4">
          <Link href={`/${locale}`} className="text-xl font-bold text-brand-800">
            {t("common:appName")}
          </Link>
          <LanguageSwitcher current={locale} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl p-4">
        {children}
      </main>
    </>
  );
}
