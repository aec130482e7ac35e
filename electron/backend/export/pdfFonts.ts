/**
 * The export fonts in a PDF: each font file registered with pdfkit the first time text needs
 * it (pdfkit embeds only the glyphs drawn), each text node cut into runs of one file, put in
 * visual order for right-to-left text, and written as tspans naming the registered font.
 */
import { fontCatalog, fontFileWoff, type ExportFontWeight, type FontFile } from './fontCatalog';
import { FontRuns } from './fontRuns';
import { woffToSfnt } from './fonts';
import { hasRtlLetter, visualRuns } from './bidiRuns';
import { markLine } from './pdfActualText';
import { fitForSvgToPdf } from './pdfGlyphs';
import { runTspan } from './textRuns';

export class PdfFonts {
  readonly runs = new FontRuns();
  private readonly registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The name `file` in `weight` is registered under, registering it the first time. */
  use(file: FontFile, weight: ExportFontWeight): string {
    const name = `wl-${file.key}-${weight}`;
    if (!this.registered.has(name)) {
      // Unpacked here: fontkit inflates a WOFF's tables in JavaScript, again on every read.
      this.doc.registerFont(name, woffToSfnt(fontFileWoff(file, weight)));
      this.registered.add(name);
    }
    return name;
  }

  /** A text node's text as tspans of registered fonts, in the order to draw them. */
  tspans(text: string, weight: ExportFontWeight): string {
    const runs = visualRuns(text, this.runs.runs(text, weight));
    if (hasRtlLetter(text))
      markLine(
        this.doc,
        runs.map((r) => r.text),
        text,
      );
    return runs.map((run) => runTspan(this.use(run.font, weight), run.text)).join('');
  }

  /**
   * svg-to-pdfkit's fontCallback: a registered font as it is, anything else in Inter (never a
   * standard PDF font, which would need pdfkit's AFM files and has no "Ł").
   */
  readonly fontCallback = (family: string, bold: boolean): string => {
    const name = this.registered.has(family)
      ? family
      : this.use(fontCatalog().get('Inter')![0]!, bold ? 700 : 400);
    fitForSvgToPdf(this.doc, name);
    return name;
  };
}

const fontsOf = new WeakMap<PDFKit.PDFDocument, PdfFonts>();

/** The document's fonts, one set for the map, the insights page and the page titles. */
export function pdfFonts(doc: PDFKit.PDFDocument): PdfFonts {
  let fonts = fontsOf.get(doc);
  if (!fonts) fontsOf.set(doc, (fonts = new PdfFonts(doc)));
  return fonts;
}
