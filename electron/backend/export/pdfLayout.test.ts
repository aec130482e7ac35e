import { describe, expect, it } from 'vitest';
import {
  cardTextPt,
  chooseOrientation,
  cropMarks,
  fitMapToPage,
  largerLegiblePaper,
  LEGIBLE_TEXT_PT,
  PAGE_MARGIN,
  pageSize,
  TILE_OVERLAP,
  TILE_SCALE,
  tiledPrint,
  tileMap,
} from './pdfLayout';

describe('pageSize', () => {
  it('turns the paper for landscape', () => {
    expect(pageSize('a4', 'portrait')).toEqual({ width: 595.28, height: 841.89 });
    expect(pageSize('a4', 'landscape')).toEqual({ width: 841.89, height: 595.28 });
    expect(pageSize('tabloid', 'landscape')).toEqual({ width: 1224, height: 792 });
  });
});

describe('fitMapToPage', () => {
  const page = pageSize('a4', 'landscape');

  it('scales a wide map to the page width and centres it vertically', () => {
    const fit = fitMapToPage({ width: 4000, height: 1000 }, page);
    expect(fit.width).toBeCloseTo(page.width - 2 * PAGE_MARGIN);
    expect(fit.x).toBeCloseTo(PAGE_MARGIN);
    expect(fit.height).toBeCloseTo(1000 * fit.scale);
    const above = fit.y;
    const below = page.height - fit.y - fit.height;
    // The title band sits above and the footer band below the centred box.
    expect(above).toBeGreaterThan(PAGE_MARGIN);
    expect(below).toBeGreaterThan(PAGE_MARGIN);
  });

  it('keeps a map inside the page whatever its shape', () => {
    for (const map of [
      { width: 100_000, height: 50 },
      { width: 50, height: 100_000 },
      { width: 30_000, height: 20_000 },
    ]) {
      const fit = fitMapToPage(map, page);
      expect(fit.x).toBeGreaterThanOrEqual(PAGE_MARGIN - 1e-6);
      expect(fit.y).toBeGreaterThanOrEqual(PAGE_MARGIN);
      expect(fit.x + fit.width).toBeLessThanOrEqual(page.width - PAGE_MARGIN + 1e-6);
      expect(fit.y + fit.height).toBeLessThanOrEqual(page.height - PAGE_MARGIN);
      expect(fit.width / fit.height).toBeCloseTo(map.width / map.height);
    }
  });

  it('enlarges a small map at most twofold', () => {
    expect(fitMapToPage({ width: 100, height: 50 }, page).scale).toBe(2);
  });
});

describe('tileMap', () => {
  const page = pageSize('a4', 'portrait');
  const contentWidth = page.width - 2 * PAGE_MARGIN;
  const contentHeight = page.height - 2 * PAGE_MARGIN;

  it('uses one page for a map that fits at print scale', () => {
    const grid = tileMap({ width: contentWidth / TILE_SCALE, height: 100 }, page);
    expect([grid.rows, grid.columns, grid.tiles.length]).toEqual([1, 1, 1]);
  });

  it('adds a column as soon as the map is wider than one page', () => {
    const grid = tileMap({ width: contentWidth / TILE_SCALE + 1, height: 100 }, page);
    expect(grid.columns).toBe(2);
  });

  it('covers the whole map, each tile overlapping its neighbours', () => {
    const map = { width: 5000, height: 3000 };
    const grid = tileMap(map, page);
    expect(grid.tiles).toHaveLength(grid.rows * grid.columns);
    const last = grid.tiles.at(-1);
    expect(last).toMatchObject({ row: grid.rows - 1, column: grid.columns - 1 });
    // The last tile reaches the map's far corner; the one before it did not.
    expect((last?.mapX ?? 0) + contentWidth / TILE_SCALE).toBeGreaterThanOrEqual(map.width);
    expect((last?.mapY ?? 0) + contentHeight / TILE_SCALE).toBeGreaterThanOrEqual(map.height);
    expect(
      (last?.mapX ?? 0) - (contentWidth - TILE_OVERLAP) / TILE_SCALE + contentWidth / TILE_SCALE,
    ).toBeLessThan(map.width);
    const second = grid.tiles[1];
    expect(second?.mapX).toBeCloseTo((contentWidth - TILE_OVERLAP) / TILE_SCALE);
  });
});

describe('cropMarks', () => {
  it('draws two marks per corner, outside the box', () => {
    const box = { x: 36, y: 36, width: 100, height: 50 };
    const marks = cropMarks(box);
    expect(marks).toHaveLength(8);
    for (const [x1, y1, x2, y2] of marks) {
      const inside = (x: number, y: number) =>
        x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
      expect(inside(x1, y1) || inside(x2, y2)).toBe(false);
      expect(x1 === x2 || y1 === y2).toBe(true);
    }
  });
});

describe('chooseOrientation', () => {
  const workedExample = { width: 1516, height: 1782 };
  const tall = { width: 996, height: 3112 };
  const wide = { width: 3856, height: 1446 };
  const scaleOn = (map: { width: number; height: number }, o: 'portrait' | 'landscape') =>
    fitMapToPage(map, pageSize('a4', o)).scale;

  it('keeps an orientation the user chose', () => {
    expect(chooseOrientation('landscape', tall, 'a4', false)).toBe('landscape');
    expect(chooseOrientation('portrait', wide, 'a4', true)).toBe('portrait');
  });

  it('turns the page to print a fitted map largest', () => {
    expect(chooseOrientation('auto', tall, 'a4', false)).toBe('portrait');
    expect(chooseOrientation('auto', workedExample, 'a4', false)).toBe('portrait');
    expect(chooseOrientation('auto', wide, 'a4', false)).toBe('landscape');
    // The worked example (a little taller than wide) and a tall map: card text before and after.
    expect(cardTextPt(scaleOn(workedExample, 'landscape'))).toBeCloseTo(3.2, 1);
    expect(cardTextPt(scaleOn(workedExample, 'portrait'))).toBeCloseTo(4.14, 1);
    expect(cardTextPt(scaleOn(tall, 'landscape'))).toBeCloseTo(1.83, 1);
    expect(cardTextPt(scaleOn(tall, 'portrait'))).toBeCloseTo(2.78, 1);
  });

  it('never picks the orientation that prints smaller, whatever the shape', () => {
    for (let height = 50; height <= 20_000; height *= 1.7) {
      const map = { width: 2000, height };
      const chosen = chooseOrientation('auto', map, 'letter', false);
      const other = chosen === 'portrait' ? 'landscape' : 'portrait';
      const fit = (o: typeof chosen) => fitMapToPage(map, pageSize('letter', o)).scale;
      expect(fit(chosen)).toBeGreaterThanOrEqual(fit(other));
    }
  });

  it('keeps landscape for a small map that either way is enlarged to the most', () => {
    expect(chooseOrientation('auto', { width: 100, height: 120 }, 'a4', false)).toBe('landscape');
  });

  it('tiles on the fewest pages', () => {
    // At print scale the tall map is 747 pt wide: one landscape column (770 pt), five rows;
    // portrait would take two columns of four rows.
    expect(chooseOrientation('auto', tall, 'a4', true)).toBe('landscape');
    expect(tileMap(tall, pageSize('a4', 'landscape')).tiles).toHaveLength(5);
    expect(tileMap(tall, pageSize('a4', 'portrait')).tiles).toHaveLength(8);
    expect(tiledPrint(tall, 'a4')).toEqual({
      paper: 'a4',
      orientation: 'landscape',
      pages: 5,
      textPt: 9,
    });
  });
});

describe('largerLegiblePaper', () => {
  it('names the smallest larger paper that prints card text legibly on one page', () => {
    const workedExample = { width: 1516, height: 1782 };
    const a3 = largerLegiblePaper(workedExample, 'a4');
    expect(a3).toMatchObject({ paper: 'a3', orientation: 'portrait', pages: 1 });
    expect(a3!.textPt).toBeGreaterThanOrEqual(LEGIBLE_TEXT_PT);
    // Letter is smaller than A4; tabloid is smaller than A3 and does not reach 6 pt here.
    expect(largerLegiblePaper(workedExample, 'letter')?.paper).toBe('a3');
    expect(largerLegiblePaper({ width: 996, height: 3112 }, 'a4')).toBeUndefined();
  });
});
