import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { SvgSource } from '../../../shared/export/svg/svgPieces';
import { ApiError } from '../../../shared/api/errors';
import { missingGlyphNote } from './fontRuns';
import { PngFonts } from './pngFonts';
import { renderBands } from './pngBands';

/** Larger images fail to open in common viewers and browsers, or exhaust memory. */
export const MAX_PNG_SIDE = 16_384;
export const MAX_PNG_PIXELS = 64_000_000;
/**
 * Below a quarter of the canvas size card text is under 4 px and a card about 70 px wide: a
 * picture of coloured boxes, not a map anyone can read, so such a PNG is refused, not made.
 */
export const MIN_PNG_SCALE = 0.25;

export interface PngOptions {
  scale: 1 | 2 | 3;
  background: 'white' | 'transparent';
}

export interface PngExport {
  png: Buffer;
  width: number;
  height: number;
  /** What the user should know, e.g. that the image was scaled down to fit the limits. */
  notes: string[];
}

/** The largest scale, at most `wanted`, that keeps the image inside the side and pixel limits. */
export function fittingScale(width: number, height: number, wanted: number): number {
  const bySide = MAX_PNG_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_PNG_PIXELS / (width * height));
  const limit = Math.min(bySide, byArea);
  if (wanted <= limit) return wanted;
  // Two decimals, rounded down, and checked again so rounding can never cross a limit.
  let scale = Math.floor(limit * 100) / 100;
  while (
    scale > 0.01 &&
    (Math.ceil(width * scale) > MAX_PNG_SIDE ||
      Math.ceil(height * scale) > MAX_PNG_SIDE ||
      Math.ceil(width * scale) * Math.ceil(height * scale) > MAX_PNG_PIXELS)
  ) {
    scale -= 0.01;
  }
  return Math.round(scale * 100) / 100;
}

export interface PngPlan {
  scale: number;
  /** What the user should know before the image is drawn, e.g. that it will be scaled down. */
  notes: string[];
  /** The progress stage, saying the scale. */
  stage: string;
}

const LIMITS = `${MAX_PNG_SIDE.toLocaleString('en')} px a side and ${MAX_PNG_PIXELS / 1_000_000} megapixels`;

/**
 * How a map of `width` x `height` map units will be drawn, decided from its size alone, before
 * anything is drawn: at the chosen scale, scaled down to the limits (and said so), or refused
 * with a clear message when that would leave the cards too small to read.
 */
export function planPng(width: number, height: number, options: PngOptions): PngPlan {
  const scale = fittingScale(width, height, options.scale);
  if (scale < MIN_PNG_SCALE) {
    const size = `${Math.ceil(width).toLocaleString('en')} x ${Math.ceil(height).toLocaleString('en')}`;
    throw new ApiError(
      'unsupported',
      `This map is too large for a PNG: it is ${size} px at 1x, and to stay within ${LIMITS} ` +
        `it would have to be drawn at ${scale}x, where its text cannot be read. ` +
        'Export it as a PDF (tiled, for printing) or as an SVG instead.',
    );
  }
  const notes =
    scale < options.scale
      ? [
          `Scaled to ${scale}x: the map is too large for ${options.scale}x (a PNG is kept within ${LIMITS}).`,
        ]
      : [];
  return { scale, notes, stage: `Drawing the PNG at ${scale}x` };
}

/**
 * Rasterises an exported map with resvg and the bundled font, band by band so that memory stays
 * small however many cards the map has. Refused before drawing when too large (see planPng).
 */
export async function renderPng(
  map: SvgSource,
  options: PngOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<PngExport> {
  const { scale, notes } = planPng(map.width, map.height, options);
  const image = await drawPngAt(map, scale, options.background, onProgress);
  return { ...image, notes: [...notes, ...image.notes] };
}

/**
 * The map as a picture at most `maxSide` pixels on its longer side and never above `maxScale`:
 * a slide's overview, which shows the whole map however large, and is not refused for size.
 */
export function renderPngWithin(
  map: SvgSource,
  maxSide: number,
  maxScale: number,
  onProgress?: (done: number, total: number) => void,
): Promise<PngExport> {
  const scale = Math.min(maxScale, maxSide / Math.max(map.width, map.height));
  return drawPngAt(map, scale, 'white', onProgress);
}

async function drawPngAt(
  map: SvgSource,
  scale: number,
  background: PngOptions['background'],
  onProgress?: (done: number, total: number) => void,
): Promise<PngExport> {
  const width = Math.max(1, Math.floor(map.width * scale));
  const height = Math.max(1, Math.ceil((width * map.height) / map.width));
  const fonts = new PngFonts();
  const image = await renderBands(map, { width, height }, resvgOptions(background), onProgress, {
    prepare: (svg) => fonts.prepare(svg),
  });
  return { ...image, notes: missingGlyphNote(fonts.runs.missing) };
}

/**
 * How resvg draws an export: crisp shapes, exact text, and no system fonts (the PNG is the same
 * on every machine); each band adds the export fonts its text needs (see pngFonts.ts).
 */
export function resvgOptions(background: PngOptions['background']): ResvgRenderOptions {
  return {
    background: background === 'white' ? '#ffffff' : undefined,
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}
