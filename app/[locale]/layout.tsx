import type { ReactNode } from "react";
import type { Metadata } from "next";
import "../globals.css";
import { I18nProvider } from "@/components/layout/i18n-provider";
import { loadResources } from "@/lib/i18n/resources";
import { getT, localeFrom } from "@/lib/i18n/server";
import { directionOf } from "@/lib/i18n/settings";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: { default: t("common:appName"), template: `%s · ${t("common:appName")}` } };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("common:skipToContent")}
        </a>
        <I18nProvider locale={locale} resources={await loadResources(locale)}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
