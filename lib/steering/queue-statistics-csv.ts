import type { TFunction } from "i18next";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/settings";
import { SMALL_CELL, type Figure } from "./suppress-small-cells";
import type { QueueStatistics } from "./queue-statistics-schemas";

/** UTF-8 byte order mark: without it Excel reads UTF-8 as Windows-1252 and mangles umlauts and Arabic. */
const BOM = "\uFEFF";

/**
 * One CSV field for Excel: quoted when it holds the separator, a quote or a line break; text
 * that Excel would run as a formula (=, +, -, @, tab, CR at the start) is defused with a
 * leading apostrophe, because service names are typed in by people.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows → CSV as German Excel opens it by double-click: BOM, semicolons, CRLF. */
export function toCsv(rows: string[][]): string {
  return BOM + rows.map((r) => r.map(csvField).join(";")).join("\r\n") + "\r\n";
}

/**
 * The queue report as a spreadsheet, in the reader's language: labels translated, counts as
 * plain integers, durations in minutes with one decimal and the locale's decimal mark (a comma
 * in German, which Excel with German settings reads as a number), days as ISO dates (which Excel
 * recognises in every locale). Hidden figures carry the same marks as the page ("< 5", "×").
 */
export function queueStatisticsCsv(report: QueueStatistics, t: TFunction, locale: Locale): string {
  const minutes = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1, minimumFractionDigits: 1, useGrouping: false });
  const hidden = (f: Exclude<Figure, { value: number }>) => (f.hidden === "small" ? t("steering:cell.small", { n: SMALL_CELL }) : t("steering:cell.secondary"));
  const count = (f: Figure) => ("value" in f ? String(f.value) : hidden(f));
  const duration = (f: Figure | null) => (f === null ? "" : "value" in f ? minutes.format(f.value / 60) : hidden(f));
  const header = [
    t("steering:queues.column.day"),
    t("steering:queues.column.lane"),
    t("steering:queues.column.service"),
    t("steering:queues.column.issued"),
    t("steering:queues.column.called"),
    t("steering:queues.column.served"),
    t("steering:queues.column.noShows"),
    t("steering:queues.column.transfersOut"),
    t("steering:queues.csv.waitMedian"),
    t("steering:queues.csv.waitP90"),
    t("steering:queues.csv.serviceMedian"),
  ];
  return toCsv([
    header,
    ...report.rows.map((r) => [
      r.day,
      t(`common:lane.${r.lane}`),
      r.serviceName ?? t("steering:queues.generalQueue"),
      count(r.issued),
      count(r.called),
      count(r.served),
      count(r.noShows),
      count(r.transfersOut),
      duration(r.waitMedianSeconds),
      duration(r.waitP90Seconds),
      duration(r.serviceMedianSeconds),
    ]),
  ]);
}
