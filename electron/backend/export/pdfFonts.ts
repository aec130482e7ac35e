import { exportFontFiles, woffToSfnt } from './fonts';
import { fontCoverage } from './fontCoverage';
import type { FontWeight, RunFont } from './pdfTextRuns';

/** One Inter file as the PDF knows it: registered under `name`, Latin before Latin Extended. */
interface PdfFont extends RunFont {
  subset: string;
  sfnt: Buffer;
}

let cache: PdfFont[] | undefined;

/** Inter's files, unpacked once (fontkit reads WOFF too, but we need the cmap ourselves). */
export function pdfFonts(): PdfFont[] {
  cache ??= exportFontFiles().map((file) => {
    const sfnt = woffToSfnt(file.woff);
    const covered = fontCoverage(sfnt);
    return {
      name: `Inter-${file.weight}-${file.subset}`,
      weight: file.weight,
      subset: file.subset,
      sfnt,
      hasGlyph: (code: number) => covered.has(code),
    };
  });
  return cache;
}

/** Prefix of the run fonts whose weight svg-to-pdfkit decides (bold or not) from the SVG's CSS. */
const AUTO = 'Inter-auto-';

export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  for (const font of pdfFonts()) doc.registerFont(font.name, font.sfnt);
}

export function pdfFontName(weight: FontWeight, subset = 'latin'): string {
  return `Inter-${weight}-${subset}`;
}

/** The fonts text of a weight is split between; undefined: decided later by the bold flag. */
export function runFontsFor(weight: FontWeight | undefined): RunFont[] {
  const fonts = pdfFonts().filter((f) => f.weight === (weight ?? 400));
  if (weight !== undefined) return fonts;
  return fonts.map((f) => ({ ...f, name: `${AUTO}${f.subset}` }));
}

/**
 * svg-to-pdfkit's fontCallback: every text is drawn in an embedded Inter, never a standard
 * PDF font (those would need pdfkit's AFM data at run time and cannot show "Ł").
 */
export function interFontCallback(family: string, bold: boolean): string {
  if (pdfFonts().some((f) => f.name === family)) return family;
  const subset = family.startsWith(AUTO) ? family.slice(AUTO.length) : 'latin';
  return pdfFontName(bold ? 700 : 400, subset === 'latin-ext' ? 'latin-ext' : 'latin');
}
