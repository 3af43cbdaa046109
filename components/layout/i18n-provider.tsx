"use client";
import { createInstance, type Resource } from "i18next";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";

/** Client-side i18next with the resources the server already loaded (no fetching, no flash). */
export function I18nProvider({ locale, resources, children }: { locale: string; resources: Resource; children: ReactNode }) {
  const i18n = useMemo(() => {
    const instance = createInstance();
    instance.use(initReactI18next).init({
      lng: locale,
      fallbackLng: false,
      resources,
      defaultNS: "common",
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    return instance;
  }, [locale, resources]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
