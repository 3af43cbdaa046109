import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/public-shell";
import { ServiceCard } from "@/components/catalogue/service-card";
import { listServices } from "@/lib/catalogue/list-services";
import { isIndependentLane } from "@/lib/auth/actor";
import { getT, localeFrom } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("catalogue:list.title") };
}

/** The public catalogue: every service, grouped by the institution that offers it. */
export default async function ServicesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  const services = await listServices({ locale });
  const lanes = [...new Set(services.map((s) => s.lane))];
  return (
    <PublicShell locale={locale}>
      <h1 className="mb-4 text-3xl font-semibold">{t("catalogue:list.title")}</h1>
      <p className="mb-3 max-w-2xl text-lg">{t("catalogue:list.intro")}</p>
      <p className="mb-8">
        <Link href={`/${locale}/need-finder`} className="text-brand-800 underline">
          {t("catalogue:list.needFinderLink")}
        </Link>
      </p>
      {services.length === 0 && <p>{t("catalogue:list.empty")}</p>}
      {lanes.map((lane) => (
        <section key={lane} aria-labelledby={`lane-${lane}`} className="mb-10">
          <h2 id={`lane-${lane}`} className="mb-1 text-2xl font-semibold">
            {t(`common:lane.${lane}`)}
          </h2>
          {isIndependentLane(lane) && <p className="mb-3 text-slate-700">{t("catalogue:list.independent")}</p>}
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {services
              .filter((s) => s.lane === lane)
              .map((s) => (
                <li key={s.code}>
                  <ServiceCard locale={locale} service={s} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </PublicShell>
  );
}
