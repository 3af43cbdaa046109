import type { TFunction } from "i18next";
import type { PublishedTable } from "@/lib/steering/suppress-small-cells";
import type { Locale } from "@/lib/i18n/settings";
import { FigureText } from "./figure-cell";

type Props = {
  table: PublishedTable;
  caption: string;
  rowHeading: string;
  rowLabel: (key: string) => string;
  columnLabel: (key: string) => string;
  locale: Locale;
  t: TFunction;
};

/** A published cross table with row/column totals: caption, scoped headers, numbers aligned at the end. */
export function FiguresTable({ table, caption, rowHeading, rowLabel, columnLabel, locale, t }: Props) {
  const num = "px-3 py-2 text-end tabular-nums";
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="mb-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="px-3 py-2 text-start">
              {rowHeading}
            </th>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-end">
                {columnLabel(c)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-end">
              {t("steering:total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={r} className="border-b border-slate-200">
              <th scope="row" className="px-3 py-2 text-start font-normal">
                {rowLabel(r)}
              </th>
              {table.cells[i].map((f, j) => (
                <td key={table.columns[j]} className={num}>
                  <FigureText figure={f} locale={locale} t={t} />
                </td>
              ))}
              <td className={`${num} font-medium`}>
                <FigureText figure={table.rowTotals[i]} locale={locale} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-medium">
            <th scope="row" className="px-3 py-2 text-start">
              {t("steering:total")}
            </th>
            {table.columnTotals.map((f, j) => (
              <td key={table.columns[j]} className={num}>
                <FigureText figure={f} locale={locale} t={t} />
              </td>
            ))}
            <td className={num}>
              <FigureText figure={table.total} locale={locale} t={t} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
