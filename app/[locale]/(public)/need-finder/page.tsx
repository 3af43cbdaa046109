import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/public-shell";
import { NeedQuestion } from "@/components/catalogue/need-question";
import { ServiceCard } from "@/components/catalogue/service-card";
import { Button } from "@/components/ui/button";
import { AGE_GROUPS, NEEDS, needsAge, parseNeedAnswers, servicesForNeed } from "@/lib/catalogue/need-finder";
import { listServices } from "@/lib/catalogue/list-services";
import { getT, localeFrom } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("catalogue:needFinder.title") };
}

const PICTOGRAM: Record<string, string> = {
  permitExpires: "permit-expires",
  cardReady: "card-ready",
  family: "family",
  visitor: "visitor",
  citizenship: "citizenship",
  money: "money",
  settleIn: "settle-in",
  advice: "advice",
  young: "age-young",
  adult: "age-adult",
};
const pictogram = (key: string) => `/pictograms/${PICTOGRAM[key]}.svg`;

/**
 * "Which service do I need?" — a plain GET form (works without JavaScript, and the answer is a
 * shareable link), two questions with pictograms, then the services that fit.
 */
export default async function NeedFinderPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  const answers = parseNeedAnswers(await searchParams);
  const codes = answers.need ? servicesForNeed(answers.need, answers.age) : [];
  const all = codes.length ? await listServices({ locale }) : [];
  const matches = codes.flatMap((c) => all.filter((s) => s.code === c));
  return (
    <PublicShell locale={locale}>
      <h1 className="mb-4 text-3xl font-semibold">{t("catalogue:needFinder.title")}</h1>
      <p className="mb-8 max-w-2xl text-lg">{t("catalogue:needFinder.intro")}</p>
      <form method="get" action={`/${locale}/need-finder`} className="mb-10">
        <NeedQuestion
          name="need"
          legend={t("catalogue:needFinder.needLegend")}
          selected={answers.need}
          options={NEEDS.map((n) => ({ value: n, label: t(`catalogue:needFinder.need.${n}`), pictogram: pictogram(n) }))}
        />
        <NeedQuestion
          name="age"
          legend={t("catalogue:needFinder.ageLegend")}
          hint={t("catalogue:needFinder.ageHint")}
          selected={answers.age ?? "none"}
          options={[
            ...AGE_GROUPS.map((a) => ({ value: a, label: t(`catalogue:needFinder.age.${a}`), pictogram: pictogram(a) })),
            { value: "none", label: t("catalogue:needFinder.ageNone") },
          ]}
        />
        <Button type="submit">{t("catalogue:needFinder.submit")}</Button>
      </form>
      {answers.need && (
        <section aria-labelledby="results" className="mb-8">
          <h2 id="results" className="mb-3 text-2xl font-semibold">
            {t("catalogue:needFinder.results")}
          </h2>
          {needsAge(answers.need) && !answers.age && <p className="mb-3">{t("catalogue:needFinder.ageTip")}</p>}
          {matches.length === 0 ? (
            <p>{t("catalogue:needFinder.noMatch")}</p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2">
              {matches.map((s) => (
                <li key={s.code}>
                  <ServiceCard locale={locale} service={s} />
                </li>
              ))}
            </ul>
          )}
          <p className="mt-6">
            <Link href={`/${locale}/services`} className="text-brand-800 underline">
              {t("catalogue:needFinder.allServices")}
            </Link>
          </p>
        </section>
      )}
    </PublicShell>
  );
}
