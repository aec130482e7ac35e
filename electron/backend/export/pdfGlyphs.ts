/**
 * Two gaps between svg-to-pdfkit and complex text, closed on pdfkit's font objects:
 *
 * - svg-to-pdfkit skips every glyph with no advance width and adds fontkit's y offsets the
 *   wrong way up, which drops or misplaces combining marks (Thai and Devanagari vowels, Arabic
 *   harakat). The font's `encode` is wrapped to give marks a tiny width and flip the offsets.
 * - PDF text is found by the Unicode of each glyph in drawing order. Where shaping reorders or
 *   merges characters (Devanagari's i-matra drawn before its consonant, harakat, ligatures), that
 *   order is not the text's. Such a text node is marked with its ActualText (PDF 1.7, 14.9.4),
 *   so search and copy find the text as typed. Right-to-left words are given in visual order:
 *   readers reverse right-to-left text back themselves.
 */
import { textMarks } from './pdfActualText';
import { fontkitReverses } from './bidiRuns';

interface GlyphPosition {
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** What svg-to-pdfkit uses of pdfkit's embedded font. */
interface EmbeddedFont {
  id: string;
  unicode: (number[] | undefined)[];
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
}

interface DocInternals {
  _font: EmbeddedFont;
}

const fitted = new WeakSet<EmbeddedFont>();

const reversed = (text: string) => [...text].reverse().join('');

/** Makes the registered font `name` draw marks and record what its text reads as (once). */
export function fitForSvgToPdf(pdf: PDFKit.PDFDocument, name: string): void {
  pdf.font(name);
  const font = (pdf as unknown as DocInternals)._font;
  if (fitted.has(font)) return;
  fitted.add(font);
  const marks = textMarks(pdf);
  const encode = font.encode.bind(font);
  font.encode = (text, features) => {
    const [glyphs, positions] = encode(text, features);
    // Printable ASCII reads as itself (a ligature maps to its letters in order).
    const actual = PLAIN.test(text) ? undefined : actualText(text, glyphs, font);
    // The text of the glyphs is kept only where a line is to be matched (see pdfActualText).
    if (actual !== undefined || marks.lines.length > 0) {
      marks.drawn.set(`${font.id}:${glyphs.join('')}`, { text, actual });
    }
    if (!positions.some((p) => p.advanceWidth === 0 || p.yOffset !== 0)) {
      return [glyphs, positions];
    }
    // pdfkit caches positions between calls: copies, never the cached objects.
    const fixed = positions.map((p) => ({
      ...p,
      advanceWidth: p.advanceWidth || 1e-6,
      yOffset: -p.yOffset,
    }));
    return [glyphs, fixed];
  };
}

const PLAIN = /^[\x20-\x7e]*$/;

/** What the glyphs should read as, when their Unicode in drawing order does not. */
function actualText(text: string, glyphs: string[], font: EmbeddedFont): string | undefined {
  const drawn = glyphs
    .map((g) => String.fromCodePoint(...(font.unicode[parseInt(g, 16)] ?? [])))
    .join('');
  const expected = fontkitReverses(text) ? reversed(text) : text;
  return drawn === expected ? undefined : expected;
}
