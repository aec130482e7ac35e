import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { syntheticJourney, templateJourney } from '../../../shared/export/svg/exampleDocs';
import { exportSvg, exportSvgSource } from '../../../shared/export/svg/exportSvg';
import { FONT_CSS_SLOT, withSvgFonts } from './svgFonts';
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, fittingScale, renderPng } from './png';
import { pngHeader, pngImageData } from '../../../shared/export/pngHeader';

const SCREENSHOTS = join(__dirname, '../../../test-results/screenshots');

/**
 * The top-left pixel of an 8-bit RGBA PNG, read from its IDAT data. Every PNG filter leaves the
 * first pixel of the first row as it is (its neighbours count as zero), so no unfiltering.
 */
function topLeftPixel(png: Buffer): number[] {
  return [...inflateSync(Buffer.concat(pngImageData(png))).subarray(1, 5)];
}

describe('renderPng', () => {
  const hotel = templateJourney('hotel-example');
  it('renders the worked example, and saves it to look at', async () => {
    const map = exportSvgSource(hotel.doc, hotel.journeyId, { background: 'white' });
    const out = await renderPng(map, { scale: 2, background: 'white' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'export-hotel-example.png'), out.png);
    const withFont = exportSvg(hotel.doc, hotel.journeyId, {
      background: 'white',
      fontCss: FONT_CSS_SLOT,
    });
    writeFileSync(join(SCREENSHOTS, 'export-hotel-example.svg'), withSvgFonts(withFont.svg).svg);
    expect(out.notes).toEqual([]);
    expect(pngHeader(out.png)).toMatchObject({ width: out.width, height: out.height });
  });

  it('renders at 1x, 2x and 3x, with the dimensions in the IHDR', async () => {
    const small = syntheticJourney({ stages: 2, touchpointsPerStage: 1 });
    const svg = exportSvgSource(small.doc, small.journeyId, { background: 'white' });
    for (const scale of [1, 2, 3] as const) {
      const out = await renderPng(svg, { scale, background: 'white' });
      expect(pngHeader(out.png)).toMatchObject({
        width: svg.width * scale,
        height: svg.height * scale,
      });
      expect(out).toMatchObject({ width: svg.width * scale, height: svg.height * scale });
      expect(out.notes).toEqual([]);
    }
  });

  it('keeps the background white, or transparent', async () => {
    const small = syntheticJourney({ stages: 1, touchpointsPerStage: 1, persona: false });
    const alphaAtCorner = async (background: 'white' | 'transparent') => {
      const svg = exportSvgSource(small.doc, small.journeyId, { background });
      const out = await renderPng(svg, { scale: 1, background });
      return { colorType: pngHeader(out.png).colorType, pixel: topLeftPixel(out.png) };
    };
    expect((await alphaAtCorner('white')).pixel).toEqual([255, 255, 255, 255]);
    const transparent = await alphaAtCorner('transparent');
    expect(transparent.pixel[3]).toBe(0);
    // RGBA either way, so the transparent export really carries alpha.
    expect(transparent.colorType).toBe(6);
  });

  it('scales a huge map down to fit 16,384 px a side and 64 megapixels, and says so', async () => {
    const huge = syntheticJourney({ stages: 60, touchpointsPerStage: 2 });
    const svg = exportSvgSource(huge.doc, huge.journeyId, { background: 'white' });
    expect(svg.width).toBeGreaterThan(MAX_PNG_SIDE / 3);
    const out = await renderPng(svg, { scale: 3, background: 'white' });
    const { width, height } = pngHeader(out.png);
    expect(width).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(height).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(width * height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    const scale = fittingScale(svg.width, svg.height, 3);
    expect(scale).toBeLessThan(3);
    expect(width).toBe(Math.floor(svg.width * scale));
    expect(out.notes).toEqual([
      expect.stringMatching(new RegExp(`^Scaled to ${scale}x: the map is too large for 3x`)),
    ]);
  });

  it('fits the pixel limit on tall maps and the side limit on wide ones', () => {
    expect(fittingScale(1000, 1000, 3)).toBe(3);
    expect(fittingScale(20_000, 100, 1)).toBe(0.81);
    // 8,000 x 8,000 at 1x is 64 MP exactly; at 2x it must come down to 1x.
    expect(fittingScale(8000, 8000, 2)).toBe(1);
    const s = fittingScale(9000, 9000, 1);
    expect(Math.ceil(9000 * s) ** 2).toBeLessThanOrEqual(MAX_PNG_PIXELS);
  });
});
