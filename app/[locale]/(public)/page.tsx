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
      <section aria-labelledby="book" className="mb-10 rounded border border-slate-300 p-4">
        <h2 id="book" className="mb-2 text-2xl font-semibold">
          {t("catalogue:home.title")}
        </h2>
        <p className="mb-4 max-w-2xl">{t("catalogue:home.intro")}</p>
        <ul className="space-y-2">
          <li>
            <Link href={`/${locale}/need-finder`} className="text-lg font-medium text-brand-800 underline">
              {t("catalogue:home.needFinder")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/services`} className="text-lg font-medium text-brand-800 underline">
              {t("catalogue:home.services")}
            </Link>
          </li>
        </ul>
      </section>
      <Link href={`/${locale}/login`} className="text-brand-800 underline">
        {t("common:landing.staffLogin")}
      </Link>
    </PublicShell>
  );
}
