import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { templateJourney } from './exampleDocs';
import { exportSvg } from './exportSvg';
import { pngHeader } from '../pngHeader';

/** librsvg's rsvg-convert: a second SVG renderer we did not write (Debian librsvg2-bin). */
function rsvgConvert(svg: string, zoom = 1): Buffer {
  const run = spawnSync('rsvg-convert', ['--format', 'png', '--zoom', String(zoom)], {
    input: svg,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  expect(run.stderr.toString()).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('the exported SVG in a second renderer (rsvg-convert)', () => {
  const { doc, journeyId } = templateJourney('hotel-example');
  const css = "@font-face{font-family:'Inter';src:url(data:font/woff;base64,AAAA) format('woff')}";

  it('renders the worked example without error, at its size', () => {
    for (const options of [
      { background: 'white' as const },
      { background: 'transparent' as const, fontCss: css },
    ]) {
      const out = exportSvg(doc, journeyId, options);
      const png = rsvgConvert(out.svg);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(pngHeader(png)).toMatchObject({ width: out.width, height: out.height });
    }
  });

  it('scales it as a vector image', () => {
    const out = exportSvg(doc, journeyId, { background: 'white' });
    expect(pngHeader(rsvgConvert(out.svg, 2))).toMatchObject({
      width: out.width * 2,
      height: out.height * 2,
    });
  });
});
