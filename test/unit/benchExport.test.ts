// The export bench's own parts: a wrong fixture or verdict would make every figure misleading.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDoc } from '../../bench/export/nodeExports';
import { pngHeader } from '../../shared/export/pngHeader';
import { writeFixture } from '../../bench/fixture';
import { formatTable, type Row } from '../../bench/report';
import { renderPng } from '../../electron/backend/export/png';
import { wholeSvg } from '../../shared/export/svg/svgPieces';
import { touchpointsByCell } from '../../shared/model/doc';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wayline-bench-test-'));
  dirs.push(dir);
  return dir;
};

describe('writeFixture', () => {
  it.each([200, 203])('writes %i cards spread evenly over the stages and card lanes', (count) => {
    const path = join(tempDir(), 'map.wayline');
    const { journeyId, touchpointIds } = writeFixture(path, count);
    const doc = loadDoc(path);
    const cells = [...touchpointsByCell(doc, journeyId).values()];
    const cards = cells.flat();
    expect(cards).toHaveLength(count);
    expect(new Set(touchpointIds)).toEqual(new Set(cards.map((c) => c.id)));
    // The lifecycle template: 8 stages x 5 card lanes.
    expect(cells).toHaveLength(40);
    const sizes = cells.map((c) => c.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
});

describe('formatTable', () => {
  const row = (ours: number, baseline: number): Row => ({
    measure: 'png',
    ours,
    baseline,
    target: [
      { on: 'ours', max: 2000, label: '< 2 s' },
      { on: 'ratio', max: 1, label: 'faster than baseline' },
    ],
    note: 'baseline: a canvas capture',
  });
  const lastCells = (table: string) =>
    table
      .split('\n')
      .slice(2)
      .map((line) =>
        line
          .split('|')
          .slice(-4, -1)
          .map((c) => c.trim()),
      );

  it('meets several targets only when it meets each, and says which it missed', () => {
    const table = formatTable([row(900, 2500), row(900, 800), row(2100, 800)], { notes: true });
    expect(table).toContain('< 2 s and faster than baseline');
    expect(lastCells(table)).toEqual([
      ['< 2 s and faster than baseline', 'yes', 'baseline: a canvas capture'],
      ['< 2 s and faster than baseline', 'yes / no', 'baseline: a canvas capture'],
      ['< 2 s and faster than baseline', 'no / no', 'baseline: a canvas capture'],
    ]);
  });
});

describe('pngHeader', () => {
  it('reads the dimensions the PNG export wrote', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="red"/></svg>';
    const png = await renderPng(wholeSvg(svg, 30, 20), { scale: 2, background: 'white' });
    expect(pngHeader(png.png)).toMatchObject({ width: png.width, height: png.height });
    expect(png.width).toBe(60);
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngHeader(new TextEncoder().encode('<svg></svg> and more bytes here'))).toThrow(
      'not a PNG',
    );
  });
});
