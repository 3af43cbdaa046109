import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { TFunction } from "i18next";
import { PDFDocument, rgb, type RGB } from "pdf-lib";
import { directionOf, INTL_LOCALE, type Locale } from "@/lib/i18n/settings";
import type { KioskTicketSlip } from "@/lib/queue/get-kiosk-ticket-slip";
import { hasArabic, visualPieces, wrapText, type Direction, type Fonts } from "./text-layout";

// 80 mm thermal receipt paper (72 mm printable) in PostScript points
const MM = 72 / 25.4;
const WIDTH = 80 * MM;
const MARGIN = 4 * MM;
const INK = rgb(0, 0, 0);
const MUTED = rgb(0.3, 0.3, 0.3);
const FONT_DIR = path.join(process.cwd(), "lib", "receipts", "fonts");

type Line = { text: string; size: number; bold?: boolean; color?: RGB; direction: Direction; gapBefore?: number };

async function embedFonts(doc: PDFDocument, arabicNeeded: boolean): Promise<{ regular: Fonts; bold: Fonts }> {
  doc.registerFontkit(fontkit);
  const embed = async (file: string) => doc.embedFont(await readFile(path.join(FONT_DIR, file)), { subset: true });
  const [latin, latinBold] = await Promise.all([embed("NotoSans-Regular.ttf"), embed("NotoSans-Bold.ttf")]);
  if (!arabicNeeded) return { regular: { latin, arabic: latin }, bold: { latin: latinBold, arabic: latinBold } };
  const [arabic, arabicBold] = await Promise.all([embed("NotoSansArabic-Regular.ttf"), embed("NotoSansArabic-Bold.ttf")]);
  return { regular: { latin, arabic }, bold: { latin: latinBold, arabic: arabicBold } };
}

export type TicketPdfTexts = {
  /** the ticket's language */
  t: TFunction;
  /** German, for the hint the office's staff read too */
  tDe: TFunction;
  locale: Locale;
};

/**
 * The walk-in or check-in ticket as an 80 mm receipt PDF (the same slip the kiosk prints from
 * the screen): the number big, service, location, when it was issued (Berlin time), the
 * estimated wait and "watch the display" — in the ticket's language and in German. Every line is
 * centred, as on a till receipt, which also suits right-to-left text; the page is as long as
 * its content.
 */
export async function ticketPdf(slip: KioskTicketSlip, { t, tDe, locale }: TicketPdfTexts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const title = t("kiosk:ticket.heading");
  doc.setTitle(`${title} ${slip.displayNumber}`, { showInWindowTitleBar: true });
  doc.setLanguage(locale);
  doc.setAuthor("EineHand");
  doc.setCreator("EineHand");
  doc.setProducer("EineHand");
  doc.setCreationDate(slip.issuedAt);

  const dir = directionOf(locale);
  const issued = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(slip.issuedAt);
  const lines: Line[] = [
    { text: title, size: 12, bold: true, direction: dir },
    { text: slip.displayNumber, size: 44, bold: true, direction: "ltr", gapBefore: 6 },
    { text: slip.serviceName.local, size: 11, bold: true, direction: dir, gapBefore: 6 },
    { text: slip.location.name, size: 9.5, direction: dir, gapBefore: 2 },
    { text: slip.location.address, size: 9, color: MUTED, direction: dir },
    { text: t("kiosk:slip.issued", { time: issued }), size: 9.5, direction: dir, gapBefore: 8 },
    { text: t("kiosk:ticket.ahead", { n: slip.waitingAhead }), size: 9.5, direction: dir },
    { text: t("kiosk:ticket.wait", { minutes: slip.estimatedWaitMinutes }), size: 9.5, direction: dir },
    { text: t("kiosk:slip.watchDisplay"), size: 10.5, bold: true, direction: dir, gapBefore: 8 },
  ];
  if (locale !== "de") lines.push({ text: tDe("kiosk:slip.watchDisplay"), size: 9, color: MUTED, direction: "ltr", gapBefore: 4 });

  const fonts = await embedFonts(doc, lines.some((l) => hasArabic(l.text)));
  const width = WIDTH - 2 * MARGIN;
  const laid = lines.flatMap((l) =>
    wrapText(l.text, width, l.direction, l.bold ? fonts.bold : fonts.regular, l.size).map((text, i) => ({ ...l, text, gapBefore: i === 0 ? l.gapBefore ?? 0 : 0 })),
  );
  const height = laid.reduce((h, l) => h + l.gapBefore + l.size * 1.3, 2 * MARGIN);
  const page = doc.addPage([WIDTH, height]);
  let y = height - MARGIN;
  for (const l of laid) {
    y -= l.gapBefore + l.size * 1.3;
    const pieces = visualPieces(l.text, l.direction, l.bold ? fonts.bold : fonts.regular, l.size);
    let x = (WIDTH - pieces.reduce((s, p) => s + p.width, 0)) / 2;
    for (const p of pieces) {
      page.drawText(p.text, { x, y: y + l.size * 0.25, size: l.size, font: p.font, color: l.color ?? INK });
      x += p.width;
    }
  }
  return doc.save();
}
