import { describe, expect, it } from "vitest";
import { createInstance, type TFunction } from "i18next";
import { loadResources } from "@/lib/i18n/resources";
import type { Locale } from "@/lib/i18n/settings";
import { csvField, queueStatisticsCsv, toCsv } from "@/lib/steering/queue-statistics-csv";
import type { QueueStatistics } from "@/lib/steering/queue-statistics-schemas";

async function tOf(locale: Locale): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ lng: locale, fallbackLng: false, resources: await loadResources(locale), interpolation: { escapeValue: false } });
  return i18n.t;
}

const report: QueueStatistics = {
  from: "2026-11-02",
  to: "2026-11-03",
  locationId: null,
  suppressed: true,
  rows: [
    {
      day: "2026-11-02", lane: "ABH", serviceId: "00000000-0000-4000-8000-000000000001", serviceCode: "abh-title", serviceName: "Aufenthaltstitel; Verlängerung",
      issued: { value: 12 }, called: { value: 11 }, served: { value: 9 }, noShows: { hidden: "small" }, transfersOut: { hidden: "secondary" },
      waitMedianSeconds: { value: 750 }, waitP90Seconds: { value: 2_853 }, serviceMedianSeconds: { hidden: "small" },
    },
    {
      day: "2026-11-03", lane: "MBE", serviceId: null, serviceCode: null, serviceName: null,
      issued: { hidden: "small" }, called: { hidden: "small" }, served: { hidden: "small" }, noShows: { hidden: "small" }, transfersOut: { hidden: "small" },
      waitMedianSeconds: null, waitP90Seconds: null, serviceMedianSeconds: null,
    },
  ],
};

describe("CSV for German Excel", () => {
  it("starts with a BOM, separates by semicolons and ends lines with CRLF", () => {
    expect(toCsv([["a", "b"], ["c", "d"]])).toBe("\uFEFFa;b\r\nc;d\r\n");
  });

  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+49 2381")).toBe("'+49 2381");
    expect(csvField("< 5")).toBe("< 5");
  });

  it("writes the report in German: minutes with a decimal comma, marks for hidden figures, the general queue named", async () => {
    const csv = queueStatisticsCsv(report, await tOf("de"), "de");
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Tag;Stelle;Leistung;Wartemarken;Aufgerufen;Bedient;Nicht erschienen;Weitergeleitet;Wartezeit Median (Min.);Wartezeit 90. Perzentil (Min.);Bedienzeit Median (Min.)",
    );
    expect(lines[1]).toBe('2026-11-02;Ausländerbehörde;"Aufenthaltstitel; Verlängerung";12;11;9;< 5;×;12,5;47,6;< 5');
    expect(lines[2]).toMatch(/^2026-11-03;[^;]+;Allgemeine Warteschlange;< 5;< 5;< 5;< 5;< 5;;;$/);
    expect(lines[3]).toBe("");
    expect(lines).toHaveLength(4);
  });

  it("uses the reader's language and decimal mark", async () => {
    const csv = queueStatisticsCsv(report, await tOf("en"), "en");
    expect(csv.split("\r\n")[1]).toContain(";12.5;47.6;");
    expect(csv.split("\r\n")[0]).toContain("Waiting time median (min)");
  });
});
