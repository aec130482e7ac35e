import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lane, sampleDoc, stage, touchpoint, SMALL_THEME } from '../../test/unit/fixtures';
import { emptyDoc } from '../model/doc';
import { createLifecycleProject } from '../model/templates';
import type { ProjectDoc } from '../model/types';
import { layoutJourney, type Rect } from './layoutJourney';
import { DEFAULT_LAYOUT_THEME, type LayoutTheme } from './theme';

const THEME = SMALL_THEME;

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  right(inner) <= right(outer) &&
  bottom(inner) <= bottom(outer);
const overlap = (a: Rect, b: Rect) =>
  a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);

/** One journey "j"; counts[s][l] cards in the cell of stage s and lane l. */
function gridDoc(counts: number[][], laneCount: number): ProjectDoc {
  const doc = emptyDoc('Grid', '2024-01-01T00:00:00.000Z');
  doc.journeys.j = { id: 'j', name: 'J', description: '', state: 'current', orderKey: 'a0' };
  // Inserted in reverse so object order differs from orderKey order.
  for (let l = laneCount - 1; l >= 0; l--) doc.lanes[`l${l}`] = lane(`l${l}`, 'j', `a${l}`);
  counts.forEach((lanes, s) => {
    doc.stages[`s${s}`] = stage(`s${s}`, 'j', `a${s}`);
    lanes.slice(0, laneCount).forEach((n, l) => {
      for (let i = n - 1; i >= 0; i--) {
        doc.touchpoints[`t${s}_${l}_${i}`] = touchpoint(
          `t${s}_${l}_${i}`,
          `s${s}`,
          `l${l}`,
          `a${i}`,
          'j',
        );
      }
    });
  });
  return doc;
}

/** The invariants every layout must satisfy, whatever the document. */
function checkInvariants(doc: ProjectDoc, journeyId: string, theme: LayoutTheme): void {
  const layout = layoutJourney(doc, journeyId, theme);
  const all: Rect[] = [...layout.stages, ...layout.lanes, ...layout.cells, ...layout.cards];
  const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const r of all) expect(inside(r, canvas)).toBe(true);
  // The canvas is no bigger than its content needs.
  if (layout.stages.length > 0) expect(layout.width).toBe(Math.max(...layout.stages.map(right)));
  expect(layout.height).toBe(Math.max(theme.headerHeight, ...layout.lanes.map(bottom)));
  // Stages left to right, apart by the gap, never overlapping.
  layout.stages.forEach((s, i) => {
    expect(s.index).toBe(i);
    const prev = layout.stages[i - 1];
    if (prev) expect(s.x).toBe(right(prev) + theme.stageGap);
  });
  // Lanes stacked under the header, each as tall as its tallest cell.
  layout.lanes.forEach((l, i) => {
    expect(l.y).toBe(i === 0 ? theme.headerHeight : bottom(layout.lanes[i - 1]!));
    const cells = layout.cells.filter((c) => c.laneId === l.id);
    for (const c of cells) expect(c.height).toBe(l.height);
    const tallest = Math.max(
      0,
      ...cells.map(
        (c) =>
          2 * theme.cellPadding +
          c.cardIds.length * (theme.cardHeight + theme.cardGap) -
          theme.cardGap,
      ),
    );
    expect(l.height).toBe(Math.max(theme.minCellHeight, tallest));
  });
  // Every card sits inside its own cell, in order, and no two cards overlap.
  for (const card of layout.cards) {
    const cell = layout.cells.find((c) => c.stageId === card.stageId && c.laneId === card.laneId)!;
    expect(inside(card, cell)).toBe(true);
    expect(cell.cardIds[card.index]).toBe(card.id);
  }
  for (const [i, a] of layout.cards.entries()) {
    for (const b of layout.cards.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  }
  for (const [i, a] of layout.cells.entries()) {
    for (const b of layout.cells.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  }
}

describe('layoutJourney', () => {
  it('places stages left to right in orderKey order without overlap', () => {
    const doc = sampleDoc();
    // Reorder by key only: s3 first, then s1, then s2.
    doc.stages.s3 = { ...doc.stages.s3!, orderKey: 'Zz' };
    const layout = layoutJourney(doc, 'j1', THEME);
    expect(layout.stages.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(layout.stages.map((s) => s.x)).toEqual([100, 310, 520]);
    expect(
      layout.stages.every((s) => s.width === 200 && s.y === 0 && s.height === layout.height),
    ).toBe(true);
  });

  it('stacks cards in order within their cell', () => {
    const doc = sampleDoc();
    doc.touchpoints.t1 = { ...doc.touchpoints.t1!, orderKey: 'a3' };
    const layout = layoutJourney(doc, 'j1', THEME);
    const cards = layout.cards.filter((c) => c.stageId === 's1' && c.laneId === 'l1');
    expect(cards.map((c) => c.id)).toEqual(['t2', 't3', 't1']);
    expect(cards.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(cards.map((c) => c.y)).toEqual([60, 105, 150]);
    expect(cards.every((c) => c.x === 110 && c.width === 180 && c.height === 40)).toBe(true);
    const cell = layout.cells.find((c) => c.stageId === 's1' && c.laneId === 'l1');
    expect(cell?.cardIds).toEqual(['t2', 't3', 't1']);
  });

  it('grows a lane to its tallest cell and gives an empty stage the minimum height', () => {
    const layout = layoutJourney(sampleDoc(), 'j1', THEME);
    const [l1, l2] = layout.lanes;
    // s1/l1 holds three cards: 3 * 40 + 2 * 5 + 2 * 10 = 150.
    expect(l1).toMatchObject({ id: 'l1', y: 50, height: 150 });
    // s1/l2 holds one card (60 tall), so the minimum wins.
    expect(l2).toMatchObject({ id: 'l2', y: 200, height: 80 });
    const s3Cells = layout.cells.filter((c) => c.stageId === 's3');
    expect(s3Cells.map((c) => [c.cardIds.length, c.height])).toEqual([
      [0, 150],
      [0, 80],
    ]);
    expect(layout.stages.map((s) => s.cardCount)).toEqual([4, 1, 0]);
  });

  it('gives a journey without cards minCellHeight per lane', () => {
    const layout = layoutJourney(gridDoc([[0], [0]], 2), 'j', THEME);
    expect(layout.lanes.map((l) => l.height)).toEqual([80, 80]);
    expect(layout.height).toBe(50 + 160);
    expect(layout.width).toBe(100 + 200 + 10 + 200);
  });

  it('covers every box with width and height', () => {
    const layout = layoutJourney(sampleDoc(), 'j1', THEME);
    expect(layout.width).toBe(720);
    expect(layout.height).toBe(280);
    checkInvariants(sampleDoc(), 'j1', THEME);
  });

  it('lays out only the requested journey', () => {
    const layout = layoutJourney(sampleDoc(), 'j2', THEME);
    expect(layout.stages.map((s) => s.id)).toEqual(['s9']);
    expect(layout.lanes.map((l) => l.id)).toEqual(['l9']);
    expect(layout.cards.map((c) => c.id)).toEqual(['t9']);
  });

  it('handles a journey with no stages or lanes', () => {
    const doc = gridDoc([], 0);
    const layout = layoutJourney(doc, 'j', THEME);
    expect(layout).toEqual({ width: 100, height: 50, stages: [], lanes: [], cells: [], cards: [] });
    expect(layoutJourney(doc, 'missing', THEME).cells).toEqual([]);
  });

  it('lays out the lifecycle template with the default theme', () => {
    const doc = createLifecycleProject('P', '2024-01-01T00:00:00.000Z');
    const journeyId = Object.keys(doc.journeys)[0]!;
    const layout = layoutJourney(doc, journeyId, DEFAULT_LAYOUT_THEME);
    expect(layout.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Discovery',
      'Attraction',
      'Interaction',
      'Purchase',
      'Use',
      'Cultivation',
      'Advocacy',
    ]);
    expect(layout.cells).toHaveLength(8);
    checkInvariants(doc, journeyId, DEFAULT_LAYOUT_THEME);
  });

  it('keeps its invariants for any grid of cards', () => {
    const counts = fc.array(fc.array(fc.nat(5), { minLength: 3, maxLength: 3 }), { maxLength: 6 });
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 3 }), (grid, laneCount) => {
        checkInvariants(gridDoc(grid, laneCount), 'j', THEME);
      }),
      { numRuns: 100 },
    );
  });
});
