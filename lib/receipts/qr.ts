import QRCode from "qrcode";

/**
 * The manage link as a QR code: scanned at the counter or with the person's own phone, it opens
 * the booking. Error correction M (15 %) survives a creased or smudged printout while keeping
 * the ~120-character link at a size a phone camera reads from an A4 page.
 */
const OPTIONS = { errorCorrectionLevel: "M", margin: 2 } as const;

/** SVG markup for web pages (scales without blur; black on white whatever the theme). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: "svg", color: { dark: "#000000", light: "#ffffff" } });
}

/** Dark modules as a square matrix, for drawing the code as vector graphics (the PDF receipt). */
export function qrModules(url: string): boolean[][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel });
  return Array.from({ length: modules.size }, (_, r) => Array.from({ length: modules.size }, (_, c) => modules.get(r, c) === 1));
}

