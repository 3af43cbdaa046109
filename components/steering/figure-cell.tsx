import type { TFunction } from "i18next";
import { SMALL_CELL, type Figure } from "@/lib/steering/suppress-small-cells";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";

/** One published number, or the mark for a hidden one with its meaning spelled out for screen readers. */
export function FigureText({ figure, locale, t }: { figure: Figure; locale: Locale; t: TFunction }) {
  if ("value" in figure) return <>{formatNumber(locale, figure.value)}</>;
  const n = formatNumber(locale, SMALL_CELL);
  const [mark, label] =
    figure.hidden === "small" ? [t("steering:cell.small", { n }), t("steering:cell.smallLabel", { n })] : [t("steering:cell.secondary"), t("steering:cell.secondaryLabel")];
  return (
    <>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">{label}</span>
    </>
  );
}
