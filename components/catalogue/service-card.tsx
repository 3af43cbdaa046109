import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ServiceView } from "@/lib/catalogue/schemas";
import { eligibility } from "./format";

/** One service in a list: its name links to the detail page with the free appointments. */
export async function ServiceCard({ locale, service, headingLevel = 3 }: { locale: Locale; service: ServiceView; headingLevel?: 2 | 3 }) {
  const t = await getT(locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col gap-2 rounded border border-slate-300 p-4" lang={service.textLocale === locale ? undefined : service.textLocale}>
      <Heading className="text-lg font-semibold">
        <Link href={`/${locale}/services/${service.code}`} className="text-brand-800 underline underline-offset-2 hover:no-underline">
          {service.name}
        </Link>
      </Heading>
      <p className="line-clamp-3 text-slate-800">{service.description}</p>
      <ul className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700" lang={locale}>
        <li>{t("catalogue:facts.minutes", { count: service.durationMinutes })}</li>
        <li>{eligibility(t, service)}</li>
        <li className="font-medium">{t(`catalogue:mode.${service.bookingMode}`)}</li>
      </ul>
    </article>
  );
}
