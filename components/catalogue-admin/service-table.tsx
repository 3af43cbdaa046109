import Link from "next/link";
import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/settings";
import type { CatalogueOverview } from "@/lib/catalogue-admin/list-catalogue";

/** All services, inactive ones too, each linking to its edit page. */
export function ServiceTable({ locale, t, services }: { locale: Locale; t: TFunction; services: CatalogueOverview["services"] }) {
  return (
    <table className="w-full border-collapse">
      <caption className="sr-only">{t("schedule:catalogue.services")}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-2 text-start">{t("schedule:catalogue.service.name")}</th>
          <th scope="col" className="p-2 text-start">{t("schedule:catalogue.service.lane")}</th>
          <th scope="col" className="p-2 text-start">{t("schedule:catalogue.service.bookingMode")}</th>
          <th scope="col" className="p-2 text-start">{t("schedule:catalogue.service.duration")}</th>
          <th scope="col" className="p-2 text-start">{t("schedule:catalogue.counterCount")}</th>
          <th scope="col" className="p-2 text-start">{t("schedule:catalogue.state")}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.id} className="border-b border-slate-200">
            <td className="p-2">
              <Link href={`/${locale}/admin/catalogue/services/${encodeURIComponent(s.code)}`} className="text-brand-800 underline">{s.name}</Link>
              <span className="ms-2 font-mono text-sm text-slate-600" dir="ltr">{s.code}</span>
            </td>
            <td className="p-2">{t(`common:lane.${s.lane}`)}</td>
            <td className="p-2">{t(`catalogue:mode.${s.bookingMode}`)}</td>
            <td className="p-2">{s.durationMinutes}</td>
            <td className="p-2">{s.counters}</td>
            <td className="p-2">{s.active ? t("schedule:catalogue.active") : t("schedule:catalogue.inactive")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
