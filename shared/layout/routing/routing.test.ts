import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAvoid } from '../../../electron/backend/routing/loadAvoid';
import { templateJourney } from '../../export/svg/exampleDocs';
import { EXPORT_THEME, exportSvg } from '../../export/svg/exportSvg';
import { allNodes, parseSvg } from '../../export/svg/svgTree.test-support';
import type { ProjectDoc } from '../../model/types';
import { applyOp } from '../../ops/applyOp';
import { layoutJourney, type JourneyLayout } from '../layoutJourney';
import type { AvoidModule } from './avoidApi';
import { connectedJourney } from './connectedJourney';
import { createConnectionRouter, type ConnectionRouter } from './connectionRouter';
import { inflate, overlaps, segmentEnters, type Box } from './rects';

let avoid: AvoidModule;
beforeAll(async () => {
  avoid = await loadAvoid();
});

const onEdge = (p: { x: number; y: number }, r: Box) =>
  p.x >= r.x - 0.01 &&
  p.x <= r.x + r.width + 0.01 &&
  p.y >= r.y - 0.01 &&
  p.y <= r.y + r.height + 0.01 &&
  (Math.abs(p.x - r.x) < 0.01 ||
    Math.abs(p.x - r.x - r.width) < 0.01 ||
    Math.abs(p.y - r.y) < 0.01 ||
    Math.abs(p.y - r.y - r.height) < 0.01);

/** Every way a drawn map could break the rules, as readable messages (none expected). */
function problems(layout: JourneyLayout): string[] {
  const found: string[] = [];
  const cards = new Map(layout.cards.map((c) => [c.id, c] as const));
  const faces = (layout.emotionCurve?.points ?? []).map((p) => ({
    x: p.x - 11,
    y: p.y - 11,
    width: 22,
    height: 22,
  }));
  for (const c of layout.connections) {
    const { points } = c;
    if (points.length < 2) found.push(`${c.id}: no route`);
    if (!onEdge(points[0]!, cards.get(c.fromId)!)) found.push(`${c.id}: starts off its card`);
    if (!onEdge(points.at(-1)!, cards.get(c.toId)!)) found.push(`${c.id}: ends off its card`);
    for (let i = 1; i < points.length; i++) {
      for (const card of layout.cards) {
        if (segmentEnters(points[i - 1]!, points[i]!, inflate(card, -0.5))) {
          found.push(`${c.id}: passes under card ${card.id}`);
        }
      }
    }
  }
  const labelled = layout.connections.filter((c) => c.labelText);
  labelled.forEach((c, i) => {
    const box = c.labelBox!;
    for (const card of layout.cards) {
      if (overlaps(box, card)) found.push(`label of ${c.id} covers card ${card.id}`);
    }
    for (const face of faces) if (overlaps(box, face)) found.push(`label of ${c.id} covers a face`);
    for (const other of labelled.slice(i + 1)) {
      if (overlaps(box, other.labelBox!))
        found.push(`label of ${c.id} covers label of ${other.id}`);
    }
  });
  return found;
}

describe('connections routed around the cards', () => {
  let router: ConnectionRouter;
  beforeAll(() => {
    router = createConnectionRouter(avoid);
  });
  afterAll(() => router.dispose());

  it('the worked example: no arrow under a card, no label over a card, face or label', () => {
    const { doc, journeyId } = templateJourney('hotel-example');
    const layout = layoutJourney(doc, journeyId, EXPORT_THEME, router);
    expect(layout.connections.length).toBeGreaterThan(3);
    expect(layout.connections.filter((c) => c.labelText).length).toBeGreaterThan(1);
    expect(problems(layout)).toEqual([]);
    // Every route is orthogonal: it keeps to the gutters as horizontal and vertical runs.
    for (const c of layout.connections) {
      c.points.slice(1).forEach((p, i) => {
        const q = c.points[i]!;
        expect(p.x === q.x || p.y === q.y).toBe(true);
      });
    }
  });

  it('a generated journey with 200 connections, and again after a card moves', () => {
    const { doc, journeyId } = connectedJourney({ stages: 12, cards: 300, connections: 200 });
    let layout = layoutJourney(doc, journeyId, EXPORT_THEME, router);
    expect(layout.cards).toHaveLength(300);
    expect(layout.connections).toHaveLength(200);
    expect(layout.connections.filter((c) => c.labelText).length).toBeGreaterThan(50);
    expect(problems(layout)).toEqual([]);
    const groups = router.lastRun.groups;

    // Cards moved to other stages, one at a time: only the groups around each are routed
    // again, and every route kept or re-routed still keeps clear of the cards.
    let moved: ProjectDoc = doc;
    const ids = layout.connections.map((c) => c.fromId);
    for (let i = 0; i < 5; i++) {
      const card = moved.touchpoints[ids[i * 37]!]!;
      moved = applyOp(moved, {
        type: 'moveTouchpoint',
        id: card.id,
        stageId: `s${(Number(card.stageId.slice(1)) + 1) % 12}`,
        laneId: card.laneId,
        at: { index: 1 },
      }).doc;
      layout = layoutJourney(moved, journeyId, EXPORT_THEME, router);
      expect(router.lastRun.rerouted).toBeGreaterThan(0);
      expect(router.lastRun.rerouted).toBeLessThan(groups);
      expect(problems(layout)).toEqual([]);
    }

    // The routes kept and re-routed are as good as routing from scratch.
    const fresh = createConnectionRouter(avoid);
    try {
      const again = layoutJourney(moved, journeyId, EXPORT_THEME, fresh);
      expect(problems(again)).toEqual([]);
      expect(again.connections.map((c) => c.id)).toEqual(layout.connections.map((c) => c.id));
    } finally {
      fresh.dispose();
    }
  }, 120_000);

  it('an arrow between two cards of one cell goes around the side, not under either card', () => {
    const { doc, journeyId } = connectedJourney({ stages: 2, cards: 12, connections: 0 });
    const withArrow = applyOp(doc, {
      type: 'insertRows',
      rows: {
        connections: [
          {
            id: 'down',
            journeyId,
            fromId: 'c0_0_0',
            toId: 'c0_0_1',
            kind: 'failure',
            label: 'after manual review',
          },
        ],
      },
    }).doc;
    const layout = layoutJourney(withArrow, journeyId, EXPORT_THEME, router);
    const arrow = layout.connections[0]!;
    expect(problems(layout)).toEqual([]);
    const from = layout.cards.find((c) => c.id === 'c0_0_0')!;
    // It leaves by a side and runs in the gutter beside the cell, where it can be seen.
    expect(Math.min(...arrow.points.map((p) => p.x))).toBeLessThan(from.x);
  });

  it('the SVG export draws the same route and label as the layout', () => {
    const { doc, journeyId } = templateJourney('hotel-example');
    const layout = layoutJourney(doc, journeyId, EXPORT_THEME, router);
    const svg = exportSvg(doc, journeyId, { background: 'white', router });
    const nodes = allNodes(parseSvg(svg.svg));
    const paths = nodes
      .filter((n) => n.tag === 'g' && n.attrs.class === 'connection')
      .map((g) => g.children.find((n) => n.tag === 'path')!.attrs.d);
    expect(paths).toEqual(layout.connections.map((c) => c.path));
    const pills = nodes
      .filter((n) => n.tag === 'g' && n.attrs.class === 'connection-pill')
      .map((g) => g.children.find((n) => n.tag === 'rect')!);
    const boxes = layout.connections.filter((c) => c.labelText).map((c) => c.labelBox!);
    expect(pills.map((r) => [r.attrs.x, r.attrs.y, r.attrs.width].map(Number))).toEqual(
      boxes.map((b) => [b.x, b.y, b.width]),
    );
  });
});
