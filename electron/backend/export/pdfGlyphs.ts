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
import { fontkitReverses } from './pdfBidi';

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
  addContent(content: string): unknown;
}

const fitted = new WeakSet<EmbeddedFont>();
/** ActualText by font id and glyph sequence, per document. */
const actualTexts = new WeakMap<object, Map<string, string>>();

const reversed = (text: string) => [...text].reverse().join('');

/** Makes the registered font `name` draw marks and record ActualText (once per font). */
export function fitForSvgToPdf(pdf: PDFKit.PDFDocument, name: string): void {
  pdf.font(name);
  const font = (pdf as unknown as DocInternals)._font;
  if (fitted.has(font)) return;
  fitted.add(font);
  let actual = actualTexts.get(pdf);
  if (!actual) actualTexts.set(pdf, (actual = new Map()));
  const texts = actual;
  const encode = font.encode.bind(font);
  font.encode = (text, features) => {
    const [glyphs, positions] = encode(text, features);
    const drawn = glyphs
      .map((g) => String.fromCodePoint(...(font.unicode[parseInt(g, 16)] ?? [])))
      .join('');
    const expected = fontkitReverses(text) ? reversed(text) : text;
    if (drawn !== expected) texts.set(`${font.id}:${glyphs.join('')}`, expected);
    // pdfkit caches positions between calls: copies, never the cached objects.
    const fixed = positions.map((p) => ({
      ...p,
      advanceWidth: p.advanceWidth || 1e-6,
      yOffset: -p.yOffset,
    }));
    return [glyphs, fixed];
  };
}

const hex16 = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16().toString('hex');

/**
 * Runs `draw` (svg-to-pdfkit) with each text object (BT … ET) whose glyphs were recorded above
 * wrapped in a marked-content span carrying its ActualText.
 */
export function withActualText(pdf: PDFKit.PDFDocument, draw: () => void): void {
  const doc = pdf as unknown as DocInternals;
  const write = doc.addContent;
  let held: string[] | undefined;
  const flush = () => {
    const lines = held ?? [];
    held = undefined;
    const font = /^\/(\S+) /.exec(lines[1] ?? '')?.[1];
    const glyphs = lines
      .filter((l) => l.endsWith('> Tj'))
      .map((l) => l.slice(1, -4))
      .join('');
    const actual = actualTexts.get(pdf)?.get(`${font}:${glyphs}`);
    if (actual !== undefined) write.call(doc, `/Span <</ActualText <${hex16(actual)}>>> BDC`);
    for (const line of lines) write.call(doc, line);
    if (actual !== undefined) write.call(doc, 'EMC');
  };
  doc.addContent = function (content: string) {
    if (content === 'BT') held = [content];
    else if (held) {
      held.push(content);
      if (content === 'ET') flush();
    } else write.call(doc, content);
    return this;
  };
  try {
    draw();
  } finally {
    if (held) flush();
    doc.addContent = write;
  }
}
