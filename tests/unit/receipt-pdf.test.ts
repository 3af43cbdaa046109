import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createCanvas } from "@napi-rs/canvas";
import jsQR from "jsqr";
import { receiptPdf } from "@/lib/receipts/receipt-pdf";
import { visualPieces, wrapText, type Fonts } from "@/lib/receipts/text-layout";
import type { Locale } from "@/lib/i18n/settings";
import { bookingView, translator } from "./receipt-fixtures";

const MANAGE = "https://termine.example.org/de/booking?code=K7M2-QX9P&t=AQDA4bd3GmHQ4EGdiudOgqqAncemwfuGM7FPfKk2_WNA7DqGvz_7cXhB9w52-NZpyQ";

/** The text a PDF reader extracts, page by page (Mozilla's pdf.js, as browsers use it). */
async function extractText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  return pages.join("\n");
}

/** Pieces as [text, font] pairs (comparing PDFFont objects deeply would walk whole fonts). */
const runs = (pieces: { text: string; font: unknown }[], f: Fonts) => pieces.map((p) => [p.text, p.font === f.arabic ? "arabic" : "latin"]);

/** Renders the first page as a printer would (pdf.js) and reads the QR code off the pixels. */
async function scanQr(pdf: Uint8Array): Promise<string | undefined> {
  const page = await (await getDocument({ data: pdf.slice() }).promise).getPage(1);
  const viewport = page.getViewport({ scale: 2 });
  const canvas = createCanvas(viewport.width, viewport.height);
  const context = canvas.getContext("2d");
  await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(new Uint8ClampedArray(image.data.buffer), image.width, image.height)?.data;
}

async function fonts(): Promise<Fonts> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [latin, arabic] = await Promise.all(["NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"].map(async (f) => doc.embedFont(await readFile(`lib/receipts/fonts/${f}`))));
  return { latin, arabic };
}

const PERSONS: Record<Locale, { givenName: string; familyName: string }> = {
  de: { givenName: "Jürgen", familyName: "Groß" },
  en: { givenName: "Amina", familyName: "Okafor" },
  tr: { givenName: "Çağrı", familyName: "Şahin" },
  uk: { givenName: "Олена", familyName: "Шевченко" },
  ar: { givenName: "محمد", familyName: "الأحمد" },
};

// fonts, PDF writing and pdf.js parsing take seconds on a busy shared machine
describe("PDF receipt", { timeout: 60_000 }, () => {
  for (const locale of ["de", "ar", "uk", "tr", "en"] as const) {
    it(`in ${locale}: a valid A4 PDF with the code, title, name, date of birth and checklist`, async () => {
      const t = await translator(locale);
      const view = bookingView({ person: { ...bookingView().person, ...PERSONS[locale], language: locale } });
      const pdf = await receiptPdf(view, { serviceName: "Service X", documents: ["Passport 4711", "Photo 35x45"], t, locale, manageUrl: MANAGE });

      const loaded = await PDFDocument.load(pdf);
      expect(loaded.getTitle()).toBe(`${t("receipt:pdf.title")} K7M2-QX9P`);
      expect(loaded.getPageCount()).toBe(1);
      expect(loaded.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });

      const text = await extractText(pdf);
      expect(text).toContain("K7M2-QX9P");
      expect(text).toContain("Passport 4711");
      expect(text).toContain("1990");
      if (locale !== "ar") {
        // Arabic comes out of shaped glyphs as presentation forms; the Latin and Cyrillic texts read back as they are
        expect(text).toContain(t("receipt:pdf.title"));
        expect(text).toContain(PERSONS[locale].givenName);
        expect(text).toContain(t("receipt:pdf.bookedAt"));
      }
    });
  }

  for (const locale of ["de", "ar"] as const) {
    it(`in ${locale}: carries a QR code that scans to the manage link`, async () => {
      const pdf = await receiptPdf(bookingView(), { serviceName: "Service X", documents: [], t: await translator(locale), locale, manageUrl: MANAGE });
      expect(await scanQr(pdf)).toBe(MANAGE);
    });
  }

  it("says so when the booking is cancelled", async () => {
    const t = await translator("en");
    const view = bookingView({ status: "CANCELLED", cancelledAt: "2026-12-05T10:00:00.000Z" });
    const text = await extractText(await receiptPdf(view, { serviceName: "Service X", documents: [], t, locale: "en", manageUrl: MANAGE }));
    expect(text).toContain("This appointment has been cancelled.");
    expect(text).toContain("You do not need any documents for this appointment.");
  });

  it("continues a long checklist on a second page", async () => {
    const t = await translator("de");
    const documents = Array.from({ length: 40 }, (_, i) => `Unterlage ${i + 1}`);
    const pdf = await receiptPdf(bookingView(), { serviceName: "Service X", documents, t, locale: "de", manageUrl: MANAGE });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(2);
    const text = await extractText(pdf);
    expect(text).toContain("Unterlage 40");
    expect(text).toContain("Seite 2 von 2");
  });
});

describe("right-to-left text", { timeout: 30_000 }, () => {
  it("puts an Arabic label to the right of a Latin code, and keeps the code's own order", async () => {
    const f = await fonts();
    // left to right on the page; the Arabic run is handed over in logical order: fontkit shapes
    // it and reverses its glyphs; the colon belongs to the Arabic side, so it stands left of it
    expect(runs(visualPieces("رمز الحجز: K7M2-QX9P", "rtl", f, 10), f)).toEqual([
      ["K7M2-QX9P", "latin"],
      [" :", "latin"],
      ["رمز الحجز", "arabic"],
    ]);
  });

  it("keeps numbers left to right inside Arabic text and drops the marks Intl adds", async () => {
    const f = await fonts();
    const date = new Intl.DateTimeFormat("ar-SY-u-nu-latn", { dateStyle: "short", timeZone: "UTC" }).format(new Date("1990-05-17"));
    expect(date).toMatch(/\u200F/);
    const visual = visualPieces(date, "rtl", f, 10).map((p) => p.text).join("");
    expect(visual).not.toMatch(/\u200F/);
    expect(visual).toBe("1990/5/17");
  });

  it("mirrors brackets in right-to-left runs and shows an Arabic name inside a German line", async () => {
    const f = await fonts();
    // logical "تمديد (eAT)": the brackets take the Arabic side's direction, so ")" shows as "("
    expect(runs(visualPieces("تمديد (eAT)", "rtl", f, 10), f)).toEqual([
      ["(", "latin"],
      ["eAT", "latin"],
      [")", "latin"],
      ["تمديد ", "arabic"],
    ]);
    expect(runs(visualPieces("Name: محمد الأحمد", "ltr", f, 10), f)).toEqual([
      ["Name: ", "latin"],
      ["محمد الأحمد", "arabic"],
    ]);
  });

  it("wraps at spaces and breaks a link that is longer than a line", async () => {
    const f = await fonts();
    const lines = wrapText(`Bitte öffnen Sie ${MANAGE}`, 200, "ltr", f, 9);
    expect(lines[0]).toBe("Bitte öffnen Sie");
    expect(lines.slice(1).join("")).toBe(MANAGE);
    for (const line of lines) expect(visualPieces(line, "ltr", f, 9).reduce((s, p) => s + p.width, 0)).toBeLessThanOrEqual(200);
  });
});
