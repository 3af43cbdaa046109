import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ServiceView } from "@/lib/catalogue/schemas";
import { eligibility, formatFee } from "./format";

/** Institution, duration, fee, who may come, and how to book — the facts newcomers ask first. */
export async function ServiceFacts({ locale, service }: { locale: Locale; service: ServiceView }) {
  const t = await getT(locale);
  const rows: [string, string][] = [
    [t("catalogue:facts.institution"), t(`common:lane.${service.lane}`)],
    [t("catalogue:facts.duration"), t("catalogue:facts.minutes", { count: service.durationMinutes })],
    [t("catalogue:facts.fee"), service.feeCents ? formatFee(locale, service.feeCents) : t("catalogue:facts.free")],
    [t("catalogue:facts.eligibility"), eligibility(t, service)],
    [t("catalogue:facts.booking"), t(`catalogue:mode.${service.bookingMode}`)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
