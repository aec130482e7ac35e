import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journey, lane, sampleDoc, stage, touchpoint, SMALL_THEME } from '../../test/unit/fixtures';
import { makeConnection, makePersona } from '../model/factories';
import { emptyDoc } from '../model/doc';
import { createLifecycleProject, CUSTOMER_LIFECYCLE_STAGES } from '../model/templates';
import { JOURNEY_LANES } from '../model/templateSpec';
import type { ProjectDoc } from '../model/types';
import { loadAvoid } from '../../electron/backend/routing/loadAvoid';
import { layoutJourney, type Rect } from './layoutJourney';
import { createConnectionRouter } from './routing/connectionRouter';
import { inflate, segmentEnters } from './routing/rects';
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
  doc.journeys.j = journey('j');
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
    expect(l.y).toBe(i === 0 ? layout.top + theme.headerHeight : bottom(layout.lanes[i - 1]!));
    const cells = layout.cells.filter((c) => c.laneId === l.id);
    for (const c of cells) expect(c.height).toBe(l.height);
    const tallest = Math.max(
      0,
      ...cells.map(
        (c) =>
          2 * theme.cellPadding +
          theme.addRoom +
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
    // s1/l1 holds three cards: 3 * 40 + 2 * 5 + 2 * 10, and 20 free below them = 170.
    expect(l1).toMatchObject({ id: 'l1', y: 50, height: 170 });
    // s1/l2 holds one card (40 + 2 * 10 + 20 = 80 tall): no more than the minimum.
    expect(l2).toMatchObject({ id: 'l2', y: 220, height: 80 });
    const s3Cells = layout.cells.filter((c) => c.stageId === 's3');
    expect(s3Cells.map((c) => [c.cardIds.length, c.height])).toEqual([
      [0, 170],
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
    expect(layout.height).toBe(300);
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
    expect(layout).toEqual({
      width: 100,
      height: 50,
      top: 0,
      stages: [],
      lanes: [],
      cells: [],
      cards: [],
      lines: [],
      connections: [],
    });
    expect(layoutJourney(doc, 'missing', THEME).cells).toEqual([]);
  });

  it('lays out the lifecycle template with the default theme', () => {
    const doc = createLifecycleProject('P', '2024-01-01T00:00:00.000Z');
    const journeyId = Object.keys(doc.journeys)[0]!;
    const layout = layoutJourney(doc, journeyId, DEFAULT_LAYOUT_THEME);
    // The template's eight stages and six lanes, in the order the template declares them.
    expect(layout.stages.map((s) => s.name)).toEqual(CUSTOMER_LIFECYCLE_STAGES);
    expect(layout.lanes.map((l) => l.kind)).toEqual(JOURNEY_LANES);
    expect(layout.cells).toHaveLength(8 * 6);
    expect(layout.cells.filter((c) => !c.droppable)).toHaveLength(8);
    expect(layout.emotionCurve?.points).toEqual([]);
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

describe('layoutJourney: lanes of every kind', () => {
  function withLane(doc: ProjectDoc, id: string, patch: Partial<ProjectDoc['lanes'][string]>) {
    doc.lanes[id] = { ...doc.lanes[id]!, ...patch };
    return doc;
  }

  it('gives note lanes their own card height and minimum', () => {
    const doc = withLane(sampleDoc(), 'l2', { kind: 'painPoints' });
    const layout = layoutJourney(doc, 'j1', THEME);
    const t5 = layout.cards.find((c) => c.id === 't5')!;
    expect(t5).toMatchObject({ laneKind: 'painPoints', height: THEME.noteHeight });
    // One note (30) with padding (2 * 10) and room below (20) outgrows the minimum (60).
    expect(layout.lanes[1]!.height).toBe(70);
  });

  it('leaves hidden lanes out and draws collapsed lanes thin with their count and no cards', () => {
    const doc = withLane(withLane(sampleDoc(), 'l1', { collapsed: true }), 'l2', { hidden: true });
    const layout = layoutJourney(doc, 'j1', THEME);
    expect(layout.lanes).toHaveLength(1);
    expect(layout.lanes[0]).toMatchObject({
      id: 'l1',
      collapsed: true,
      cardCount: 4,
      height: THEME.collapsedLaneHeight,
    });
    expect(layout.cards).toEqual([]);
    expect(layout.cells.every((c) => !c.droppable)).toBe(true);
    // The cells still know their cards, for counts and for drops once expanded.
    expect(layout.cells.find((c) => c.stageId === 's1')?.cardIds).toEqual(['t1', 't2', 't3']);
  });

  it('draws the emotion curve through touchpoints in journey order, marking the troughs', () => {
    const doc = sampleDoc();
    doc.lanes.le = { ...lane('le', 'j1', 'a2'), kind: 'emotion' };
    const layout = layoutJourney(doc, 'j1', THEME);
    const curve = layout.emotionCurve!;
    const emotionLane = layout.lanes.find((l) => l.id === 'le')!;
    expect(emotionLane.height).toBe(THEME.emotionLaneHeight);
    // Stage s1: t1 t2 t3 (lane l1) then t5 (lane l2); stage s2: t4.
    expect(curve.points.map((p) => p.touchpointId)).toEqual(['t1', 't2', 't3', 't5', 't4']);
    expect(curve.points.map((p) => p.emotion)).toEqual([-2, 0, 2, 0, 0]);
    expect(curve.points.map((p) => p.low)).toEqual([true, false, false, false, false]);
    // +2 at the top of the band, -2 at the bottom, 0 halfway; points spread across the stage.
    const [p1, p2, p3] = curve.points;
    expect(p1!.y).toBe(curve.bottomY);
    expect(p3!.y).toBe(curve.topY);
    expect(p2!.y).toBe(curve.zeroY);
    expect(curve.zeroY).toBe((curve.topY + curve.bottomY) / 2);
    expect(curve.topY).toBeGreaterThan(emotionLane.y);
    expect(curve.bottomY).toBeLessThan(emotionLane.y + emotionLane.height);
    const s1 = layout.stages[0]!;
    expect(curve.points.slice(0, 4).map((p) => p.x)).toEqual(
      [0.5, 1.5, 2.5, 3.5].map((k) => s1.x + (k * s1.width) / 4),
    );
    expect(curve.path.startsWith(`M${p1!.x},${p1!.y}`)).toBe(true);
    expect(curve.path.match(/C/g)).toHaveLength(4);
    // The emotion lane takes no drops.
    expect(layout.cells.filter((c) => c.laneId === 'le').every((c) => !c.droppable)).toBe(true);
  });

  it('breaks the curve where a touchpoint is not rated, keeping the others in place', () => {
    const doc = sampleDoc();
    doc.lanes.le = { ...lane('le', 'j1', 'a2'), kind: 'emotion' };
    const rated = layoutJourney(doc, 'j1', THEME).emotionCurve!;
    doc.touchpoints.t2 = { ...doc.touchpoints.t2!, emotion: null };
    doc.touchpoints.t5 = { ...doc.touchpoints.t5!, emotion: null };
    const curve = layoutJourney(doc, 'j1', THEME).emotionCurve!;
    // Journey order t1 t2 t3 t5 t4: t2 and t5 have no point, the rest keep their x.
    expect(curve.points.map((p) => p.touchpointId)).toEqual(['t1', 't3', 't4']);
    expect(curve.unrated).toBe(2);
    const x = (c: typeof curve, id: string) => c.points.find((p) => p.touchpointId === id)!.x;
    for (const id of ['t1', 't3', 't4']) expect(x(curve, id)).toBe(x(rated, id));
    // Three runs, one point each: three subpaths and no line joining them (a visible gap).
    expect(curve.path.match(/M/g)).toHaveLength(3);
    expect(curve.path).not.toMatch(/C/);
    doc.touchpoints.t5 = { ...doc.touchpoints.t5!, emotion: 1 };
    const joined = layoutJourney(doc, 'j1', THEME).emotionCurve!;
    // t3 t5 t4 join up again: a point alone (t1), then a curve through three.
    expect(joined.path.match(/M/g)).toHaveLength(2);
    expect(joined.path.match(/C/g)).toHaveLength(2);
  });

  it('follows an emotion change', () => {
    const doc = sampleDoc();
    doc.lanes.le = { ...lane('le', 'j1', 'a2'), kind: 'emotion' };
    const before = layoutJourney(doc, 'j1', THEME).emotionCurve!;
    doc.touchpoints.t2 = { ...doc.touchpoints.t2!, emotion: -2 };
    const after = layoutJourney(doc, 'j1', THEME).emotionCurve!;
    expect(after.points[1]!.y).toBeGreaterThan(before.points[1]!.y);
    expect(after.points.map((p) => p.low)).toEqual([true, true, false, false, false]);
    expect(after.path).not.toEqual(before.path);
  });

  it('draws the three service-blueprint lines between the right lanes', () => {
    const doc = gridDoc([[0, 0, 0, 0]], 4);
    const kinds = ['actions', 'frontstage', 'backstage', 'support'] as const;
    kinds.forEach((kind, i) => (doc.lanes[`l${i}`] = { ...doc.lanes[`l${i}`]!, kind }));
    const layout = layoutJourney(doc, 'j', THEME);
    expect(layout.lines.map((l) => [l.kind, l.label, l.y])).toEqual([
      ['interaction', 'Line of interaction', layout.lanes[1]!.y],
      ['visibility', 'Line of visibility', layout.lanes[2]!.y],
      ['internal', 'Line of internal interaction', layout.lanes[3]!.y],
    ]);
    // Without a customer lane above the frontstage there is no line of interaction.
    doc.lanes.l0 = { ...doc.lanes.l0!, hidden: true };
    expect(layoutJourney(doc, 'j', THEME).lines.map((l) => l.kind)).toEqual([
      'visibility',
      'internal',
    ]);
  });

  it('puts the persona band above the stages', () => {
    const doc = sampleDoc();
    doc.personas.p1 = makePersona({ id: 'p1', name: 'Maya', color: '#1c7ed6', orderKey: 'a0' });
    doc.journeys.j1 = { ...doc.journeys.j1!, personaId: 'p1' };
    const layout = layoutJourney(doc, 'j1', THEME);
    expect(layout.persona).toEqual({
      personaId: 'p1',
      x: 0,
      y: 0,
      width: layout.width,
      height: THEME.personaHeight,
    });
    expect(layout.top).toBe(THEME.personaHeight);
    expect(layout.stages.every((s) => s.y === THEME.personaHeight)).toBe(true);
    checkInvariants(doc, 'j1', THEME);
  });

  it('routes connections forward, within a stage and back to an earlier stage', async () => {
    const doc = sampleDoc();
    const link = (id: string, fromId: string, toId: string) =>
      (doc.connections[id] = makeConnection({ id, journeyId: 'j1', fromId, toId, label: id }));
    link('forward', 't1', 't4');
    link('down', 't1', 't2');
    link('back', 't4', 't3');
    const router = createConnectionRouter(await loadAvoid());
    const layout = layoutJourney(doc, 'j1', THEME, router);
    router.dispose();
    const card = (id: string) => layout.cards.find((c) => c.id === id)!;
    const path = (id: string) => layout.connections.find((c) => c.id === id)!;
    const [t1, t2, t3, t4] = ['t1', 't2', 't3', 't4'].map(card);
    expect(path('forward').start).toEqual({ x: t1!.x + t1!.width, y: t1!.y + t1!.height / 2 });
    expect(path('forward').end).toEqual({ x: t4!.x, y: t4!.y + t4!.height / 2 });
    // Down to the next card of the cell: out by a side and back in by it, beside the cell.
    const down = path('down');
    expect([t1!.x, t1!.x + t1!.width]).toContain(down.start.x);
    expect(down.end.x).toBe(down.start.x);
    expect(down.end.y).toBe(t2!.y + t2!.height / 2);
    expect(down.points.length).toBeGreaterThan(2);
    // Back to an earlier stage: from t4's edge (its bottom) to t3's right side, below t2.
    expect(path('back').start).toEqual({ x: t4!.x + t4!.width / 2, y: t4!.y + t4!.height });
    expect(path('back').end).toEqual({ x: t3!.x + t3!.width, y: t3!.y + t3!.height / 2 });
    for (const c of layout.connections) {
      for (const box of layout.cards) {
        c.points.slice(1).forEach((p, i) => {
          expect(segmentEnters(c.points[i]!, p, inflate(box, -0.5))).toBe(false);
        });
      }
    }
    // A connection to a card of a hidden lane is not drawn.
    doc.connections.hiddenEnd = makeConnection({
      id: 'hiddenEnd',
      journeyId: 'j1',
      fromId: 't1',
      toId: 't5',
    });
    doc.lanes.l2 = { ...doc.lanes.l2!, hidden: true };
    expect(layoutJourney(doc, 'j1', THEME).connections.map((c) => c.id)).toEqual([
      'forward',
      'down',
      'back',
    ]);
  });
});
