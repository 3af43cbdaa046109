import bidiFactory from "bidi-js";
import type { PDFFont } from "pdf-lib";

/**
 * Text for the PDF receipt in any of the portal's scripts. pdf-lib draws glyphs left to right
 * and does neither shaping nor bidirectional ordering; fontkit (inside pdf-lib's font embedder)
 * does the shaping: it lays out a run with the OpenType features of its script — Arabic letters
 * get their joined initial/medial/final forms and ligatures — and returns an Arabic run's glyphs
 * in visual (right-to-left) order. What remains is the Unicode Bidirectional Algorithm
 * (bidi-js, UAX #9 conformant) for mixed lines: an Arabic label with a Latin booking code and
 * digits, or an Arabic name on a German receipt. Each line is split into runs of one embedding
 * level and one font, the runs are put in visual order, and each is drawn left to right.
 */
const bidi = bidiFactory();

export type Direction = "ltr" | "rtl";
export type Fonts = { latin: PDFFont; arabic: PDFFont };
export type Piece = { text: string; font: PDFFont; width: number };

// Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms A and B
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const hasArabic = (text: string) => ARABIC.test(text);
const SPACE = /\s/;
// Marks such as the RLM that Intl puts into Arabic dates steer the ordering but have no glyph to draw
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Noto Sans has no Arabic, Noto Sans Arabic has no Latin or Cyrillic: each character's font. */
function fontsOf(line: string, fonts: Fonts): PDFFont[] {
  const out: PDFFont[] = [];
  for (let i = 0; i < line.length; i++) {
    // spaces join the run they stand in, so an Arabic phrase is shaped as one run
    out.push(ARABIC.test(line[i]) ? fonts.arabic : SPACE.test(line[i]) && i > 0 ? out[i - 1] : fonts.latin);
  }
  return out;
}

// Laying out a run (fontkit applies every GSUB/GPOS lookup of the font) is the costly step, and
// receipts measure the same labels and words again and again: widths at size 1 (they scale
// linearly) per font file, shared by all receipts; bounded, as dates and names keep coming.
const widths = new Map<string, number>();
const MAX_CACHED_WIDTHS = 20_000;
function textWidth(font: PDFFont, text: string, size: number): number {
  const key = `${font.name}\u0000${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
    widths.set(key, (w = font.widthOfTextAtSize(text, 1)));
  }
  return w * size;
}

/** One line (no line breaks) as runs in visual order, left to right, with their widths. */
export function visualPieces(line: string, direction: Direction, fonts: Fonts, size: number): Piece[] {
  if (line === "") return [];
  const embedding = bidi.getEmbeddingLevels(line, direction);
  const fontOf = fontsOf(line, fonts);
  const order = Array.from(line, (_, i) => i);
  for (const [start, end] of bidi.getReorderSegments(line, embedding)) {
    order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
  }
  const pieces: Piece[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const font = fontOf[run[0]];
    const rtl = (embedding.levels[run[0]] & 1) === 1;
    let text: string;
    if (rtl && font === fonts.arabic) {
      // logical order: fontkit shapes it and returns the glyphs right to left itself
      text = [...run].reverse().map((i) => line[i]).join("");
    } else {
      // already in visual order; brackets and the like turn round in right-to-left runs
      text = run.map((i) => (rtl ? (bidi.getMirroredCharacter(line[i]) ?? line[i]) : line[i])).join("");
    }
    pieces.push({ text, font, width: textWidth(font, text, size) });
    run = [];
  };
  for (const i of order) {
    if (BIDI_CONTROL.test(line[i])) continue;
    const last = run.at(-1);
    if (last !== undefined && (fontOf[last] !== fontOf[i] || embedding.levels[last] !== embedding.levels[i])) flush();
    run.push(i);
  }
  flush();
  return pieces;
}

export const lineWidth = (line: string, direction: Direction, fonts: Fonts, size: number) =>
  visualPieces(line, direction, fonts, size).reduce((sum, p) => sum + p.width, 0);

/**
 * Breaks text into lines of at most maxWidth (in logical order, before reordering), at spaces;
 * a word longer than a line (a link) is broken between characters. Shaping is the expensive
 * part, so each word is measured once: joining and kerning never reach across a space.
 */
export function wrapText(text: string, maxWidth: number, direction: Direction, fonts: Fonts, size: number): string[] {
  const width = (s: string) => lineWidth(s, direction, fonts, size);
  // the wider of the two fonts' spaces: a line may be narrower than measured, never wider
  const space = Math.max(textWidth(fonts.latin, " ", size), textWidth(fonts.arabic, " ", size));
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (width(paragraph) <= maxWidth) {
      lines.push(paragraph);
      continue;
    }
    let current = "";
    let currentWidth = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      let wordWidth = width(word);
      if (current && currentWidth + space + wordWidth <= maxWidth) {
        current += ` ${word}`;
        currentWidth += space + wordWidth;
        continue;
      }
      if (current) lines.push(current);
      current = word;
      while (wordWidth > maxWidth && current.length > 1) {
        // the longest head that fits (at least one character)
        let lo = 1;
        let hi = current.length - 1;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (width(current.slice(0, mid)) <= maxWidth) lo = mid;
          else hi = mid - 1;
        }
        lines.push(current.slice(0, lo));
        current = current.slice(lo);
        wordWidth = width(current);
      }
      currentWidth = wordWidth;
    }
    lines.push(current);
  }
  return lines;
}
