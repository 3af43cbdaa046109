import type { ReactNode } from "react";
import Link from "next/link";
import { LanguageSwitcher } from "./language-switcher";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { isDemo } from "@/lib/messages/demo-mode";

export async function PublicShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getT(locale);
  return (
    <>
      <header className="border-b border-slate-300 bg-brand-50">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 p-4">
          <Link href={`/${locale}`} className="text-xl font-bold text-brand-800">
            {t("common:appName")}
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <nav aria-label={t("booking:nav.label")}>
              <Link href={`/${locale}/booking`} className="font-medium text-brand-800 underline">
                {t("booking:nav.manage")}
              </Link>
            </nav>
            <LanguageSwitcher current={locale} />
          </div>
        </div>
        <nav aria-label={t("catalogue:nav.label")} className="mx-auto max-w-5xl px-4 pb-3">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href={`/${locale}/services`} className="font-medium text-brand-800 underline underline-offset-2 hover:no-underline">
                {t("catalogue:nav.services")}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/need-finder`} className="font-medium text-brand-800 underline underline-offset-2 hover:no-underline">
                {t("catalogue:nav.needFinder")}
              </Link>
            </li>
            {isDemo() && (
              <li>
                <Link href={`/${locale}/demo/mailbox`} className="font-medium text-brand-800 underline underline-offset-2 hover:no-underline">
                  {t("messages:mailbox.title")}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl p-4">
        {children}
      </main>
    </>
  );
}
