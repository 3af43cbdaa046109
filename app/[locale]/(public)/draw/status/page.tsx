import type { Metadata } from "next";
import { PublicShell } from "@/components/layout/public-shell";
import { DrawStatusForm } from "@/components/draw/status-form";
import { getT, localeFrom } from "@/lib/i18n/server";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("draw:status.title") };
}

/** Where an entrant sees whether the draw offered them a time, and confirms it before the deadline. */
export default async function DrawStatusPage({ params, searchParams }: { params: Params; searchParams: Promise<{ code?: string }> }) {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  const { code } = await searchParams;
  return (
    <PublicShell locale={locale}>
      <h1 className="mb-4 text-3xl font-semibold">{t("draw:status.title")}</h1>
      <p className="mb-6 max-w-2xl">{t("draw:status.intro")}</p>
      <DrawStatusForm locale={locale} code={typeof code === "string" ? code.slice(0, 20) : undefined} />
    </PublicShell>
  );
}
