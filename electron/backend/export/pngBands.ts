/**
 * A large PNG drawn in horizontal bands: resvg parses each band's SVG (only the cards and
 * connections that reach into it) and draws it; its rows go straight into one PNG stream. resvg
 * holds every element of the SVG it is given, with text turned into outlines: 20,000 cards and
 * connections at once took 2.4 GB. A band holds at most 5,000 pieces and 16 megapixels: fewer
 * bands are faster (each parses the ground under the cards again), smaller ones use less memory.
 */
import { once } from 'node:events';
import { crc32, createDeflate } from 'node:zlib';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { joinSvg, type SvgPiece, type SvgSource } from '../../../shared/export/svg/svgPieces';

/** At most this many pixels, and about this many pieces (cards), in one band. */
export interface BandLimits {
  pixels: number;
  pieces: number;
}
const BAND_LIMITS: BandLimits = { pixels: 16_000_000, pieces: 5000 };

/** Turns a band's SVG into what resvg draws, with the fonts it needs. */
export interface BandFonts {
  prepare(svg: string): { svg: string; font: ResvgRenderOptions['font'] };
}

/**
 * Rows drawn above and below each band and then dropped: the rasteriser treats shapes cut by
 * the image's edge a little differently, which would show as seams.
 */
const OVERLAP = 8;

export interface BandedPng {
  png: Buffer;
  width: number;
  height: number;
}

interface Band {
  /** First image row, and how many rows. */
  row: number;
  rows: number;
  pieces: SvgPiece[];
}

/** Splits the image's rows into bands and sorts each piece into every band it reaches. */
function bandsOf(
  source: SvgSource,
  size: { width: number; height: number },
  unitsPerRow: number,
  limits: BandLimits,
): Band[] {
  const { width, height } = size;
  const count = Math.max(
    1,
    Math.ceil((width * height) / limits.pixels),
    Math.ceil(source.count / limits.pieces),
  );
  const rowsEach = Math.ceil(height / Math.min(count, height));
  const bands: Band[] = [];
  for (let row = 0; row < height; row += rowsEach) {
    bands.push({ row, rows: Math.min(rowsEach, height - row), pieces: [] });
  }
  for (const piece of source.pieces()) {
    // A piece reaching into a band's overlap rows is drawn with that band too.
    const rowOf = (y: number, side: number) => Math.floor((y / unitsPerRow + side) / rowsEach);
    const first = piece.span ? rowOf(piece.span.top, -OVERLAP) : 0;
    const last = piece.span ? rowOf(piece.span.bottom, OVERLAP) : Infinity;
    for (let i = Math.max(0, first); i <= Math.min(last, bands.length - 1); i++) {
      bands[i]!.pieces.push(piece);
    }
  }
  return bands;
}

/**
 * The band's rows of the SVG: the same root, showing only the band's strip of the viewBox,
 * pinned to the top-left (resvg rounds the height up, and would centre the strip in it).
 */
function bandSvg(source: SvgSource, band: Band, unitsPerRow: number): string {
  const top = (band.row - OVERLAP) * unitsPerRow;
  const height = (band.rows + 2 * OVERLAP) * unitsPerRow;
  const root = source.root
    .replace(/^<svg/, '<svg preserveAspectRatio="xMinYMin meet"')
    .replace(/ height="[^"]*"/, ` height="${height}"`)
    .replace(/ viewBox="[^"]*"/, ` viewBox="0 ${top} ${source.width} ${height}"`);
  return joinSvg({ ...source, root, pieces: () => band.pieces });
}

/**
 * Rows of premultiplied RGBA (resvg's pixels) as PNG scanlines: straight alpha, each row with
 * the Sub filter (every byte minus the same byte of the pixel to its left).
 */
function scanlines(pixels: Buffer, width: number, rows: number): Buffer {
  const stride = width * 4;
  const out = Buffer.allocUnsafe(rows * (stride + 1));
  for (let y = 0; y < rows; y++) {
    const from = y * stride;
    const at = y * (stride + 1) + 1;
    out[at - 1] = 1;
    let [pr, pg, pb, pa] = [0, 0, 0, 0];
    for (let i = 0; i < stride; i += 4) {
      let r = pixels[from + i]!;
      let g = pixels[from + i + 1]!;
      let b = pixels[from + i + 2]!;
      const a = pixels[from + i + 3]!;
      if (a !== 255 && a !== 0) {
        r = Math.min(255, Math.round((r * 255) / a));
        g = Math.min(255, Math.round((g * 255) / a));
        b = Math.min(255, Math.round((b * 255) / a));
      }
      // Bytes wrap modulo 256, as the filter wants.
      out[at + i] = r - pr;
      out[at + i + 1] = g - pg;
      out[at + i + 2] = b - pb;
      out[at + i + 3] = a - pa;
      [pr, pg, pb, pa] = [r, g, b, a];
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/**
 * Draws `source` at `width` x `height` pixels (the source's aspect) band by band with resvg and
 * the given options, into an 8-bit RGBA PNG.
 */
export async function renderBands(
  source: SvgSource,
  size: { width: number; height: number },
  options: Omit<ResvgRenderOptions, 'fitTo'>,
  onProgress?: (done: number, total: number) => void,
  fonts?: BandFonts,
  limits = BAND_LIMITS,
): Promise<BandedPng> {
  const { width, height } = size;
  // One scale both ways, as resvg fits the width: the last band may reach past the bottom.
  const unitsPerRow = source.width / width;
  const bands = bandsOf(source, size, unitsPerRow, limits);
  const deflate = createDeflate({ level: 6 });
  const compressed: Buffer[] = [];
  deflate.on('data', (data: Buffer) => compressed.push(data));
  const ended = once(deflate, 'end');
  for (const [index, band] of bands.entries()) {
    const raw = bandSvg(source, band, unitsPerRow);
    const prepared = fonts ? fonts.prepare(raw) : { svg: raw, font: options.font };
    const image = new Resvg(prepared.svg, {
      ...options,
      font: prepared.font,
      fitTo: { mode: 'width', value: width },
    }).render();
    if (image.width !== width || image.height < band.rows + 2 * OVERLAP) {
      throw new Error(`a PNG band came out ${image.width} x ${image.height}, not ${width} wide`);
    }
    band.pieces = [];
    const rows = image.pixels.subarray(OVERLAP * width * 4);
    if (!deflate.write(scanlines(rows, width, band.rows))) await once(deflate, 'drain');
    onProgress?.(index + 1, bands.length);
  }
  deflate.end();
  await ended;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // 8 bits a channel, RGBA, deflate, adaptive filtering, no interlace.
  header.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(compressed)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { png, width, height };
}
