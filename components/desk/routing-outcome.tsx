"use client";
import { useTranslation } from "react-i18next";
import type { RequestResult } from "@/lib/requests/schemas";

/** What just happened, in words; the lanes are the ones the user chose a moment ago. */
export function RoutingOutcome({ result }: { result: RequestResult }) {
  const { t, i18n } = useTranslation();
  const lanes = new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(result.routedTo.map((l) => t(`common:lane.${l}`)));
  return (
    <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {result.externalReferral ? t("desk:request.referred", { office: t(`desk:external.${result.externalReferral}`) }) : t("desk:request.routed", { lanes })}
    </p>
  );
}

/** Asylum accommodation, asylum benefits and returns are served elsewhere (DESIGN.md §1). */
export function AsylumNotice() {
  const { t } = useTranslation();
  return (
    <p className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
      {t("desk:route.asylumNotice", { office: t("desk:external.ASYLUM_OFFICE") })}
    </p>
  );
}
