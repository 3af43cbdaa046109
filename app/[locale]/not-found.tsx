"use client";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslation } from "react-i18next";

/** Shown for unknown pages and for everything an outsider may not see (same answer: 404). */
export default function NotFound() {
  const { t } = useTranslation();
  const { locale } = useParams<{ locale: string }>();
  return (
    <main id="main" className="mx-auto max-w-3xl p-8">
      <h1 className="mb-4 text-2xl font-semibold">{t("errors:notFound")}</h1>
      <p className="mb-6">{t("errors:pageNotFound")}</p>
      <Link href={`/${locale ?? "de"}`} className="text-brand-800 underline">
        {t("errors:backHome")}
      </Link>
    </main>
  );
}
