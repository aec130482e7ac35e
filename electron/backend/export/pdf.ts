import PDFDocument from 'pdfkit';
import type { SvgSource } from '../../../shared/export/svg/svgPieces';
import SVGtoPDF from 'svg-to-pdfkit';
import { clampLine } from '../../../shared/export/svg/textMetrics';
import { missingGlyphNote } from './fontRuns';
import { pdfFonts } from './pdfFonts';
import { withActualText } from './pdfActualText';
import {
  cardTextPt,
  chooseOrientation,
  cropMarks,
  fitMapToPage,
  largerLegiblePaper,
  LEGIBLE_TEXT_PT,
  PAGE_MARGIN,
  PAPER_LABEL,
  pageSize,
  TILE_OVERLAP,
  TILE_SCALE,
  tileMap,
  tiledPrint,
  type Box,
  type OrientationChoice,
  type PaperSize,
  type Size,
} from './pdfLayout';
import { drawSvgAsForms, type DrawnSvg } from './pdfSvgForms';
import type { FontWeight } from './textRuns';

export interface PdfOptions {
  paper: PaperSize;
  /** "auto": each page turned to print what it shows largest (or tiled on fewest pages). */
  orientation: OrientationChoice;
  /** Split the map across pages at print scale, instead of fitting it onto one. */
  tile: boolean;
  title: string;
  /** The date in the footer and the metadata; now when not given. */
  date?: Date;
  /** A last page with the journey's insights, fitted to the paper like the map. */
  insightsPage?: SvgSource;
  /** Called as the drawing goes on: parts of the map (and insights page) drawn of all. */
  onProgress?: (done: number, total: number, stage: string) => void;
}

export interface PdfResult {
  pdf: Buffer;
  pages: number;
  /** What the export did that the user should know, as the export dialog says it. */
  notes: string[];
}

const MUTED = '#5f6470';
const MAX_WARNINGS = 5;

/**
 * The map as a vector PDF: one page fitted to the paper, or tiled across pages for printing.
 * `map` is the exported map, drawn a batch of cards at a time so that memory stays small
 * however large the map. Text stays text, in the embedded export fonts (subset to what is used),
 * so it can be selected and searched in every script.
 */
export async function renderPdf(map: SvgSource, options: PdfOptions): Promise<PdfResult> {
  const date = options.date ?? new Date();
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    // null skips pdfkit's default Helvetica, which it would load from its own package files;
    // the types only allow a font name.
    font: null as unknown as string,
    displayTitle: true,
    info: { Title: options.title, Creator: 'Wayline', CreationDate: date, ModDate: date },
  });
  const output = collect(doc);

  const notes: string[] = [];
  const warnings = new Set<string>();
  const insights = options.insightsPage;
  const total = map.count + (insights?.count ?? 0);
  const progress = (stage: string, before: number) => (done: number) =>
    options.onProgress?.(before + done, total, stage);
  // The map is drawn once, into forms, and shown on the page (or on every tile).
  const drawn = drawSvgAsForms(doc, map, { warnings, onProgress: progress('Drawing the map', 0) });
  const drawnInsights =
    insights &&
    drawSvgAsForms(doc, insights, {
      warnings,
      onProgress: progress('Drawing the insights page', map.count),
    });
  // Each drawing (the map, the insights page) gets its own page orientation when it is "auto".
  const pageFor = (drawing: Size, tile: boolean) => {
    const orientation = chooseOrientation(options.orientation, drawing, options.paper, tile);
    return {
      page: pageSize(options.paper, orientation),
      paper: options.paper,
      paperName: `${PAPER_LABEL[options.paper]} ${orientation}`,
    };
  };
  const context = {
    doc,
    ...pageFor(map, options.tile),
    title: options.title,
    footer: footerText(date),
    drawn,
  };
  let pages = options.tile ? drawTiled(context, map, notes) : drawFitted(context, map, notes);
  if (insights && drawnInsights) {
    const title = `${options.title}: insights`;
    const page = pageFor(insights, false);
    drawFitted({ ...context, ...page, title, drawn: drawnInsights }, insights, []);
    pages += 1;
  }

  // The map's, the insights page's and the page titles' characters alike.
  notes.unshift(...missingGlyphNote(pdfFonts(doc).runs.missing));
  for (const warning of [...warnings].slice(0, MAX_WARNINGS)) notes.push(`SVG: ${warning}`);
  doc.end();
  return { pdf: await output, pages, notes };
}

interface DrawContext {
  doc: PDFKit.PDFDocument;
  page: Size;
  paper: PaperSize;
  /** "A4 landscape", for the notes. */
  paperName: string;
  title: string;
  footer: string;
  drawn: DrawnSvg;
}

function drawFitted(context: DrawContext, map: Size, notes: string[]): number {
  const { doc, page } = context;
  const fit = fitMapToPage(map, page);
  addPage(doc, page);
  const textWidth = page.width - 2 * PAGE_MARGIN;
  drawText(
    doc,
    context.title,
    { weight: 700, size: 16, x: PAGE_MARGIN, y: PAGE_MARGIN },
    textWidth,
  );
  withMapAt(doc, fit, fit.scale, { x: 0, y: 0 }, context.drawn.show);
  const footerY = page.height - PAGE_MARGIN - 8;
  drawText(
    doc,
    context.footer,
    { weight: 400, size: 8, x: PAGE_MARGIN, y: footerY, color: MUTED },
    textWidth,
  );

  const percent = percentOf(fit.scale);
  const textPt = cardTextPt(fit.scale);
  notes.push(
    `Fitted to one ${context.paperName} page at ${percent}% of the canvas size; ` +
      `card text prints at ${pointsOf(textPt)} pt.`,
  );
  if (textPt < LEGIBLE_TEXT_PT) notes.push(legibilityAdvice(map, context.paper, textPt));
  return 1;
}

/** What to do when card text prints under the legible size: a larger paper, or tiling. */
function legibilityAdvice(map: Size, paper: PaperSize, textPt: number): string {
  const tiled = tiledPrint(map, paper);
  const larger = largerLegiblePaper(map, paper);
  const pages = `${tiled.pages} ${PAPER_LABEL[paper]} ${tiled.orientation} page${tiled.pages === 1 ? '' : 's'}`;
  const tiling = `prints it at ${pointsOf(tiled.textPt)} pt across ${pages}`;
  const instead = larger
    ? `One ${PAPER_LABEL[larger.paper]} ${larger.orientation} page prints it at ` +
      `${pointsOf(larger.textPt)} pt, and tiling ${tiling}.`
    : `Tiling ${tiling}.`;
  return (
    `At ${pointsOf(textPt)} pt the text is very small to read ` +
    `(${LEGIBLE_TEXT_PT} pt or more is comfortable). ${instead}`
  );
}

function drawTiled(context: DrawContext, map: Size, notes: string[]): number {
  const { doc, page } = context;
  const grid = tileMap(map, page);
  const total = grid.tiles.length;
  const labelWidth = page.width - 2 * PAGE_MARGIN;
  grid.tiles.forEach((tile, index) => {
    addPage(doc, page);
    const origin = { x: tile.mapX, y: tile.mapY };
    withMapAt(doc, grid.content, grid.scale, origin, context.drawn.show);
    doc.save().lineWidth(0.5).strokeColor('#000000');
    for (const [x1, y1, x2, y2] of cropMarks(grid.content)) doc.moveTo(x1, y1).lineTo(x2, y2);
    doc.stroke().restore();
    const label = `Row ${tile.row + 1}, column ${tile.column + 1} · page ${index + 1} of ${total}`;
    const at = { size: 7, x: PAGE_MARGIN + 18, y: PAGE_MARGIN / 2 - 4 };
    drawText(doc, `${label} · ${context.title}`, { ...at, weight: 600 }, labelWidth - 36);
    const footerY = page.height - PAGE_MARGIN / 2 - 4;
    drawText(
      doc,
      context.footer,
      { ...at, y: footerY, weight: 400, color: MUTED },
      labelWidth - 36,
    );
  });
  const overlapMm = Math.round((TILE_OVERLAP / 72) * 25.4);
  notes.push(
    `Tiled across ${total} ${context.paperName} page${total === 1 ? '' : 's'} ` +
      `(${grid.rows} × ${grid.columns}) at ${TILE_SCALE * 100}% of the canvas size ` +
      `(96 px per inch), overlapping by ${overlapMm} mm; trim at the crop marks.`,
  );
  return total;
}

/** A new page of the given size; pdfkit's default margins would break lines on their own. */
function addPage(doc: PDFKit.PDFDocument, page: Size): void {
  doc.addPage({ size: [page.width, page.height], margin: 0 });
}

/** Draws the map with its point `origin` at the box's top-left, scaled, clipped to the box. */
function withMapAt(
  doc: PDFKit.PDFDocument,
  box: Box,
  scale: number,
  origin: { x: number; y: number },
  drawMap: () => void,
): void {
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).clip();
  doc.translate(box.x - origin.x * scale, box.y - origin.y * scale).scale(scale);
  drawMap();
  doc.restore();
}

interface TextStyle {
  weight: FontWeight;
  size: number;
  x: number;
  y: number;
  color?: string;
}

/** Inter's ascender: pdfkit put the top of a line at y, an SVG puts its baseline there. */
const ASCENT = 0.97;

/**
 * One line of text, cut with "…" to fit, drawn as SVG text the way the map's text is drawn: in
 * the export fonts its characters need, in visual order, searchable.
 */
function drawText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, maxWidth: number): void {
  const font = { size: style.size, weight: style.weight };
  const line = clampLine(text.replace(/\s+/g, ' ').trim(), maxWidth, font);
  const fonts = pdfFonts(doc);
  const height = style.size * 1.4;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${maxWidth}" height="${height}">` +
    `<text x="0" y="${style.size * ASCENT}" font-size="${style.size}" ` +
    `font-weight="${style.weight}" fill="${style.color ?? '#000000'}">` +
    `${fonts.tspans(line, style.weight)}</text></svg>`;
  withActualText(doc, () =>
    SVGtoPDF(doc, svg, style.x, style.y, {
      width: maxWidth,
      height,
      assumePt: true,
      fontCallback: fonts.fontCallback,
    }),
  );
}

/** 35 for 0.35; two significant digits below 1%, where rounding would say "0%". */
export function percentOf(scale: number): string {
  const percent = scale * 100;
  return String(percent >= 1 ? Math.round(percent) : Number(percent.toPrecision(2)));
}

/** 4.1 for 4.14; 9 for 9.0: a point size as the notes say it. */
export const pointsOf = (pt: number): string => String(Math.round(pt * 10) / 10);

/** "Made with Wayline · 2025-03-14", in the exporting computer's local date. */
export function footerText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `Made with Wayline · ${day}`;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
