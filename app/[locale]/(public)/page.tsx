import Link from "next/link";
import { PublicShell } from "@/components/layout/public-shell";
import { getT, localeFrom } from "@/lib/i18n/server";

export default async function Landing({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  return (
    <PublicShell locale={locale}>
      <h1 className="mb-4 text-3xl font-semibold">{t("common:landing.title")}</h1>
      <p className="mb-4 max-w-2xl text-lg">{t("common:landing.intro")}</p>
      <p className="mb-8 max-w-2xl">{t("common:landing.independence")}</p>
      <Link href={`/${locale}/login`} className="text-brand-800 underline">
        {t("common:landing.staffLogin")}
      </Link>
    </PublicShell>
  );
}
