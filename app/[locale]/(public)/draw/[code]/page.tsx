import type { Metadata } from "next";
import Link from "next/link";
import { notFound as notFoundPage } from "next/navigation";
import { PublicShell } from "@/components/layout/public-shell";
import { DrawRegisterForm } from "@/components/draw/register-form";
import { formatDayLong, formatSlotTime } from "@/components/catalogue/format";
import { berlinDateOf } from "@/lib/availability/berlin-time";
import { getService } from "@/lib/catalogue/get-service";
import { serviceCode } from "@/lib/catalogue/schemas";
import { publicDrawWindow } from "@/lib/draw/public-window";
import { AppError } from "@/lib/errors";
import { getT, localeFrom } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

type Params = Promise<{ locale: string; code: string }>;

async function loadService(code: string, locale: Locale) {
  if (!serviceCode.safeParse(code).success) notFoundPage();
  try {
    return await getService(code, locale);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFoundPage();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { code } = await params;
  return { title: (await getT(locale))("draw:register.title", { service: (await loadService(code, locale)).name }) };
}

/** Registration for the draw of a scarce service, while its request window is open. */
export default async function DrawRegisterPage({ params }: { params: Params }) {
  const locale = await localeFrom(params);
  const { code } = await params;
  const t = await getT(locale);
  const service = await loadService(code, locale);
  const window = service.allocation === "DRAW" ? await publicDrawWindow(service.code) : null;
  const lang = service.textLocale === locale ? undefined : service.textLocale;
  return (
    <PublicShell locale={locale}>
      <p className="mb-4">
        <Link href={`/${locale}/services/${service.code}`} className="text-brand-800 underline">
          {t("draw:register.back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-semibold">
        {t("draw:register.heading")} <span lang={lang}>{service.name}</span>
      </h1>
      <p className="mb-4 max-w-3xl">{t("draw:register.intro")}</p>
      {window ? (
        <>
          <p className="mb-6 max-w-3xl font-medium">
            {t("draw:register.closes", { when: `${formatDayLong(locale, berlinDateOf(new Date(window.closesAt)))}, ${formatSlotTime(locale, window.closesAt)}` })}
          </p>
          <DrawRegisterForm locale={locale} serviceCode={service.code} dates={window.dates} />
        </>
      ) : (
        <p className="max-w-3xl rounded border border-slate-400 bg-slate-50 p-3">{t("draw:register.closed")}</p>
      )}
      <p className="mt-8">
        <Link href={`/${locale}/draw/status`} className="text-brand-800 underline">
          {t("draw:register.toStatus")}
        </Link>
      </p>
    </PublicShell>
  );
}
