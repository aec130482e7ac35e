import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { syntheticJourney } from '../../../shared/export/svg/exampleDocs';
import { exportSvgSource } from '../../../shared/export/svg/exportSvg';
import { joinSvg } from '../../../shared/export/svg/svgPieces';
import { pngHeader, pngImageData } from '../../../shared/export/pngHeader';
import { resvgOptions } from './png';
import { PngFonts } from './pngFonts';
import { renderBands } from './pngBands';

/** The RGBA bytes of an 8-bit RGBA PNG whose rows all use the Sub filter, as renderBands writes. */
function subFilteredPixels(png: Buffer): { filters: Set<number>; pixels: Uint8Array } {
  const { width, height } = pngHeader(png);
  const raw = inflateSync(Buffer.concat(pngImageData(png)));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  const filters = new Set<number>();
  for (let y = 0; y < height; y++) {
    filters.add(raw[y * (stride + 1)]!);
    for (let i = 0; i < stride; i++) {
      const left = i >= 4 ? pixels[y * stride + i - 4]! : 0;
      pixels[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + left) & 0xff;
    }
  }
  return { filters, pixels };
}

describe('renderBands', () => {
  it('draws the same picture in bands as resvg draws in one go', async () => {
    const { doc, journeyId } = syntheticJourney({ stages: 3, touchpointsPerStage: 4 });
    const map = exportSvgSource(doc, journeyId, { background: 'transparent' });
    const options = resvgOptions('transparent');
    const fonts = new PngFonts();
    const prepared = fonts.prepare(joinSvg(map));
    const whole = new Resvg(prepared.svg, {
      ...options,
      font: prepared.font,
      fitTo: { mode: 'width', value: map.width },
    }).render();
    const progress: number[] = [];
    // A handful of cards a band, so cards and connections cross band edges.
    const banded = await renderBands(
      map,
      { width: whole.width, height: whole.height },
      options,
      (done) => progress.push(done),
      fonts,
      { pixels: 1e9, pieces: 4 },
    );
    expect(progress.length).toBeGreaterThan(3);
    expect(pngHeader(banded.png)).toMatchObject({
      width: whole.width,
      height: whole.height,
      colorType: 6,
    });
    const { filters, pixels } = subFilteredPixels(banded.png);
    expect(filters).toEqual(new Set([1]));
    // resvg's pixels are premultiplied; the PNG has straight alpha. resvg itself draws a few
    // edge pixels differently when a shape moves by whole pixels (the whole map moved up 100 px:
    // 19 of 2.2 million values), so that much is allowed; a seam would be a row of differences.
    const perRow = new Map<number, number>();
    const expected = whole.pixels;
    for (let i = 0; i < expected.length; i += 4) {
      const a = expected[i + 3]!;
      for (let c = 0; c < 4; c++) {
        const straight = c === 3 || a === 0 ? expected[i + c]! : (expected[i + c]! * 255) / a;
        if (Math.abs(Math.min(255, Math.round(straight)) - pixels[i + c]!) > 2) {
          const row = Math.floor(i / 4 / whole.width);
          perRow.set(row, (perRow.get(row) ?? 0) + 1);
        }
      }
    }
    const differing = [...perRow.values()].reduce((sum, n) => sum + n, 0);
    expect(differing).toBeLessThan(expected.length / 10_000);
    expect(Math.max(0, ...perRow.values())).toBeLessThan(whole.width / 20);
  });
});
