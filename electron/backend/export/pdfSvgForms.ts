/**
 * Draws an SVG into a PDF a batch of pieces at a time, each batch into its own form XObject.
 * svg-to-pdfkit parses the SVG it is given into a DOM of its own, and pdfkit keeps a page's
 * content in memory until the page ends: a 10,000-card map drawn in one go took 2.8 GB. A form
 * is compressed and written out as soon as it is drawn, so only one batch is ever held.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { svgBatches, type SvgSource } from '../../../shared/export/svg/svgPieces';
import { drawAsForm } from './pdfForm';
import { pdfFonts } from './pdfFonts';
import { withActualText } from './pdfActualText';
import { rewriteSvgText } from './textRuns';

/** About 150 cards of SVG: small enough to parse in a few MB, large enough to stay fast. */
export const BATCH_CHARS = 200_000;

export interface DrawnSvg {
  /** Shows the drawing on the current page, under the current transformation. */
  show(): void;
  /** Characters no export font has a glyph for. */
  missing: string[];
}

export interface SvgDrawing {
  /** svg-to-pdfkit's warnings, collected across every batch. */
  warnings: Set<string>;
  onProgress?: (done: number, total: number) => void;
}

export function drawSvgAsForms(
  doc: PDFKit.PDFDocument,
  source: SvgSource,
  drawing: SvgDrawing,
): DrawnSvg {
  const size = { width: source.width, height: source.height };
  const fonts = pdfFonts(doc);
  const shows: (() => void)[] = [];
  let done = 0;
  for (const batch of svgBatches(source, BATCH_CHARS)) {
    const svg = rewriteSvgText(batch.svg, (text, weight) => fonts.tspans(text, weight ?? 400));
    const show = drawAsForm(doc, size, () =>
      withActualText(doc, () =>
        SVGtoPDF(doc, svg, 0, 0, {
          ...size,
          assumePt: true,
          fontCallback: fonts.fontCallback,
          warningCallback: (warning) => drawing.warnings.add(warning),
        }),
      ),
    );
    shows.push(show);
    done += batch.pieces;
    drawing.onProgress?.(done, source.count);
  }
  return { show: () => shows.forEach((show) => show()), missing: [...fonts.runs.missing] };
}
