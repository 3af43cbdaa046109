import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { TFunction } from "i18next";
import { PDFDocument, rgb, type PDFPage, type RGB } from "pdf-lib";
import type { BookingView } from "@/lib/booking/schemas";
import { formatBirthDate } from "@/lib/i18n/format";
import { directionOf, type Locale } from "@/lib/i18n/settings";
import { appointmentDate, appointmentTimes, preciseDateTime } from "./appointment-time";
import { qrModules } from "./qr";
import { hasArabic, visualPieces, wrapText, type Direction, type Fonts } from "./text-layout";

export type ReceiptTexts = {
  serviceName: string;
  /** The checklist, already translated. */
  documents: string[];
  t: TFunction;
  locale: Locale;
  manageUrl: string;
  /** When the receipt is produced (printed in the footer); defaults to now. */
  now?: Date;
};

// A4 in PostScript points
const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const FOOTER_SPACE = 70;
const QR_SIZE = 120;
const INK = rgb(0, 0, 0);
const MUTED = rgb(0.32, 0.32, 0.36);
const ALERT = rgb(0.7, 0.05, 0.05);

// Noto Sans (Latin, Cyrillic, Greek) + Noto Sans Arabic, SIL Open Font License (fonts/OFL.txt)
const FONT_DIR = path.join(process.cwd(), "lib", "receipts", "fonts");
const fontFile = (name: string) => readFile(path.join(FONT_DIR, name));

type Style = { size: number; bold?: boolean; color?: RGB; direction?: Direction };

/**
 * One page (more if a long checklist needs them) that flows from the top, mirrored for
 * right-to-left languages: "start" is the left edge in German, the right edge in Arabic.
 */
class Sheet {
  page: PDFPage;
  y = PAGE[1] - MARGIN;

  constructor(
    private doc: PDFDocument,
    private fonts: { regular: Fonts; bold: Fonts },
    readonly direction: Direction,
  ) {
    this.page = doc.addPage(PAGE);
  }

  get width() {
    return PAGE[0] - 2 * MARGIN;
  }

  /** Left x of a box that starts `offset` points from the start edge. */
  boxLeft(offset: number, width: number) {
    return this.direction === "ltr" ? MARGIN + offset : PAGE[0] - MARGIN - offset - width;
  }

  ensure(height: number) {
    if (this.y - height >= MARGIN + FOOTER_SPACE) return;
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  /** Wrapped text in the box [offset, offset + width] from the start edge; moves the cursor down. */
  text(text: string, style: Style, offset = 0, width = this.width) {
    const fonts = style.bold ? this.fonts.bold : this.fonts.regular;
    const direction = style.direction ?? this.direction;
    const leading = style.size * 1.35;
    for (const line of wrapText(text, width, direction, fonts, style.size)) {
      this.ensure(leading);
      this.y -= leading;
      this.drawLine(line, fonts, style, this.boxLeft(offset, width), width, this.y + style.size * 0.3);
    }
  }

  drawLine(line: string, fonts: Fonts, style: Style, left: number, width: number, baseline: number, page = this.page) {
    const pieces = visualPieces(line, style.direction ?? this.direction, fonts, style.size);
    const total = pieces.reduce((s, p) => s + p.width, 0);
    // aligned to the start edge of the sheet, whatever the line's own direction
    let x = this.direction === "rtl" ? left + width - total : left;
    for (const p of pieces) {
      page.drawText(p.text, { x, y: baseline, size: style.size, font: p.font, color: style.color ?? INK });
      x += p.width;
    }
  }

  gap(points: number) {
    this.y -= points;
  }

  rule() {
    this.ensure(12);
    this.y -= 6;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: PAGE[0] - MARGIN, y: this.y }, thickness: 0.6, color: MUTED });
    this.y -= 6;
  }

  /** A label column and a value column, like a form. */
  field(label: string, value: string) {
    const labelWidth = 150;
    const top = this.y;
    this.text(label, { size: 9.5, color: MUTED }, 0, labelWidth - 10);
    const afterLabel = this.y;
    this.y = top;
    this.text(value, { size: 11.5 }, labelWidth, this.width - labelWidth);
    this.y = Math.min(this.y, afterLabel) - 4;
  }

  /** A checklist line with an empty box to tick while packing the documents. */
  checkItem(text: string) {
    const box = 8;
    const size = 11;
    this.ensure(size * 1.35);
    const firstBaseline = this.y - size * 1.35 + size * 0.3;
    this.page.drawRectangle({ x: this.boxLeft(0, box), y: firstBaseline - 0.5, width: box, height: box, borderColor: INK, borderWidth: 0.8 });
    this.text(text, { size }, box + 8, this.width - box - 8);
    this.y -= 2;
  }

  /**
   * The QR code as vector graphics (sharp on any printer, no image to encode), at the end edge
   * with a quiet zone of two modules. One path of all dark modules, filled at once: separate
   * rectangles would show hairline seams in viewers that anti-alias each one.
   */
  qr(modules: boolean[][], top: number, size: number) {
    const quiet = 2;
    const cell = size / (modules.length + 2 * quiet);
    let path = "";
    modules.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) {
        if (!row[c]) continue;
        let end = c;
        while (end + 1 < row.length && row[end + 1]) end++;
        path += `M${c + quiet} ${r + quiet}h${end - c + 1}v1h${-(end - c + 1)}z`;
        c = end;
      }
    });
    // SVG coordinates run downwards from (x, y), the top-left corner
    this.page.drawSvgPath(path, { x: this.boxLeft(this.width - size, size), y: top, scale: cell, color: INK });
  }

  footer(text: string, pageNumber: (n: number, of: number) => string) {
    const pages = this.doc.getPages();
    const fonts = this.fonts.regular;
    const size = 8;
    const lines = wrapText(text, this.width, this.direction, fonts, size);
    pages.forEach((page, i) => {
      page.drawLine({ start: { x: MARGIN, y: MARGIN + FOOTER_SPACE - 20 }, end: { x: PAGE[0] - MARGIN, y: MARGIN + FOOTER_SPACE - 20 }, thickness: 0.4, color: MUTED });
      let y = MARGIN + FOOTER_SPACE - 32;
      for (const line of [...lines, pageNumber(i + 1, pages.length)]) {
        this.drawLine(line, fonts, { size, color: MUTED }, MARGIN, this.width, y, page);
        y -= size * 1.35;
      }
    });
  }
}

/**
 * Parsing a font is most of the work of a receipt: the Arabic pair only when some text needs
 * it (an Arabic receipt, or an Arabic name or service text on another one).
 */
async function embedFonts(doc: PDFDocument, arabicNeeded: boolean) {
  doc.registerFontkit(fontkit);
  const embed = async (file: string) => doc.embedFont(await fontFile(file), { subset: true });
  const [latin, latinBold] = await Promise.all([embed("NotoSans-Regular.ttf"), embed("NotoSans-Bold.ttf")]);
  if (!arabicNeeded) return { regular: { latin, arabic: latin }, bold: { latin: latinBold, arabic: latinBold } };
  const [arabic, arabicBold] = await Promise.all([embed("NotoSansArabic-Regular.ttf"), embed("NotoSansArabic-Bold.ttf")]);
  return { regular: { latin, arabic }, bold: { latin: latinBold, arabic: arabicBold } };
}

/**
 * The printable receipt in the person's language: code and QR code to show at the counter, the
 * appointment, who booked it and when (a booking made before a permit expired can matter to the
 * authority), what to bring, and how to change or cancel it.
 */
export async function receiptPdf(view: BookingView, { serviceName, documents, t, locale, manageUrl, now = new Date() }: ReceiptTexts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const title = t("receipt:pdf.title");
  doc.setTitle(`${title} ${view.code}`, { showInWindowTitleBar: true });
  doc.setSubject(serviceName);
  doc.setLanguage(locale);
  doc.setAuthor("EineHand");
  doc.setCreator("EineHand");
  doc.setProducer("EineHand");
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const { person, location } = view;
  const shown = [serviceName, ...documents, person.givenName, person.familyName, location.name, location.address, view.counter].join(" ");
  const fonts = await embedFonts(doc, locale === "ar" || hasArabic(shown));
  const sheet = new Sheet(doc, fonts, directionOf(locale));

  const top = sheet.y;
  const headWidth = sheet.width - QR_SIZE - 20;
  sheet.qr(qrModules(manageUrl), top, QR_SIZE);
  sheet.text(title, { size: 20, bold: true }, 0, headWidth);
  sheet.gap(10);
  sheet.text(t("receipt:pdf.code"), { size: 10, color: MUTED }, 0, headWidth);
  sheet.text(view.code, { size: 30, bold: true, direction: "ltr" }, 0, headWidth);
  sheet.gap(4);
  sheet.text(t("receipt:pdf.codeHint"), { size: 9.5, color: MUTED }, 0, headWidth);
  sheet.y = Math.min(sheet.y, top - QR_SIZE) - 6;
  if (view.status === "CANCELLED") {
    sheet.gap(4);
    sheet.text(t("receipt:pdf.cancelled"), { size: 14, bold: true, color: ALERT });
  }
  sheet.rule();

  sheet.field(t("receipt:pdf.service"), serviceName);
  sheet.field(t("receipt:pdf.date"), appointmentDate(locale, view.startsAt));
  sheet.field(t("receipt:pdf.time"), appointmentTimes(locale, view.startsAt, view.endsAt));
  sheet.field(t("receipt:pdf.location"), `${view.location.name}\n${view.location.address}`);
  sheet.field(t("receipt:pdf.counter"), view.counter);
  sheet.rule();

  sheet.field(t("receipt:pdf.person"), `${view.person.givenName} ${view.person.familyName}`);
  sheet.field(t("receipt:pdf.birthDate"), formatBirthDate(locale, view.person.birthDate));
  if (view.bookedAt) sheet.field(t("receipt:pdf.bookedAt"), preciseDateTime(locale, view.bookedAt));
  if (view.cancelledAt) sheet.field(t("receipt:pdf.cancelledAt"), preciseDateTime(locale, view.cancelledAt));
  sheet.rule();

  sheet.text(t("receipt:pdf.documents"), { size: 12.5, bold: true });
  sheet.gap(4);
  if (documents.length === 0) sheet.text(t("receipt:pdf.noDocuments"), { size: 11 });
  for (const d of documents) sheet.checkItem(d);
  sheet.rule();

  sheet.text(t("receipt:pdf.manage"), { size: 12.5, bold: true });
  sheet.text(t("receipt:pdf.manageHint"), { size: 10.5 });
  sheet.gap(2);
  sheet.text(manageUrl, { size: 8.5, color: MUTED, direction: "ltr" });

  sheet.footer(t("receipt:pdf.footer", { printedAt: preciseDateTime(locale, now.toISOString()) }), (n, of) => t("receipt:pdf.page", { n, of }));
  return doc.save();
}
