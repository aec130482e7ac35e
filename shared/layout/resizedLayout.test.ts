import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAvoid } from '../../electron/backend/routing/loadAvoid';
import { lanesOf, stagesOf } from '../model/doc';
import { makeTouchpoint } from '../model/factories';
import type { ProjectDoc, Touchpoint } from '../model/types';
import { applyOp } from '../ops/applyOp';
import type { Op } from '../ops/schema';
import { layoutJourney, type JourneyLayout } from './layoutJourney';
import { resizedLayout } from './resizedLayout';
import { generateNKeysBetween } from 'fractional-indexing';
import { templateJourney } from '../export/svg/exampleDocs';
import { connectedJourney } from './routing/connectedJourney';
import { createConnectionRouter, type ConnectionRouter } from './routing/connectionRouter';
import { DEFAULT_LAYOUT_THEME as THEME } from './theme';

/** Park-Miller, as connectedJourney: the same edits in every run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const WORDS = 'pay checkout confirmation delivered international a of refund'.split(' ');

/** An edit of one card that may change its size: title or note text of a random length, a link. */
function resizingEdit(card: Touchpoint, rnd: () => number): Record<string, unknown> {
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
  const which = rnd();
  if (which < 0.5) return { title: words(Math.floor(rnd() * 16)) };
  if (which < 0.8) return { description: words(Math.floor(rnd() * 40)) };
  return { link: card.link ? '' : 'https://example.com/help' };
}

const edit = (doc: ProjectDoc, id: string, patch: Record<string, unknown>) =>
  applyOp(doc, { type: 'updateTouchpoint', id, patch } as Op).doc;

/**
 * `steps` random edits, each laid out from the layout before (`resizedLayout`) and in full
 * (`layoutJourney`); the two must be equal, keys and their order included.
 */
function compareAfterEdits(
  start: { doc: ProjectDoc; journeyId: string },
  steps: number,
  routers?: [ConnectionRouter, ConnectionRouter],
) {
  const { journeyId } = start;
  let doc = start.doc;
  let layout = layoutJourney(doc, journeyId, THEME, routers?.[0]);
  layoutJourney(doc, journeyId, THEME, routers?.[1]);
  const ids = Object.keys(doc.touchpoints).sort();
  const rnd = random(5);
  let resized = 0;
  for (let i = 0; i < steps; i++) {
    const id = ids[Math.floor(rnd() * ids.length)]!;
    const next = edit(doc, id, resizingEdit(doc.touchpoints[id]!, rnd));
    const made = resizedLayout(layout, doc, next, journeyId, [id], THEME, routers?.[0]);
    const full = layoutJourney(next, journeyId, THEME, routers?.[1]);
    expect(made).toBeDefined();
    expect(made).toStrictEqual(full);
    expect(JSON.stringify(made)).toBe(JSON.stringify(full));
    if (made!.height !== layout.height) resized++;
    layout = made!;
    doc = next;
  }
  // The edits did grow and shrink lanes, not only text that kept its lines.
  expect(resized).toBeGreaterThan(steps / 10);
}

const connected = () => connectedJourney({ stages: 6, cards: 400, connections: 60, seed: 11 });

/** The service blueprint (its lines between lanes), four cards a cell, one lane collapsed. */
function blueprint() {
  const { doc, journeyId } = templateJourney('service-blueprint');
  const lanes = lanesOf(doc, journeyId);
  const keys = generateNKeysBetween(null, null, 4);
  const touchpoints = stagesOf(doc, journeyId).flatMap((stage) =>
    lanes.flatMap((lane) =>
      keys.map((orderKey, i) => ({
        ...makeTouchpoint({
          id: `${stage.id}-${lane.id}-${i}`,
          journeyId,
          stageId: stage.id,
          laneId: lane.id,
          title: `Card ${i + 1}`,
        }),
        orderKey,
      })),
    ),
  );
  const filled = applyOp(doc, { type: 'insertRows', rows: { touchpoints } }).doc;
  const op = { type: 'updateLane', id: lanes[2]!.id, patch: { collapsed: true } } as Op;
  return { doc: applyOp(filled, op).doc, journeyId };
}

describe('resizedLayout: a card that grows or shrinks, laid out from the layout before', () => {
  it('gives exactly the full layout after random size changes (straight connections)', () => {
    compareAfterEdits(connected(), 150);
  });

  it('moves the blueprint lines and skips a collapsed lane', () => {
    const start = blueprint();
    expect(layoutJourney(start.doc, start.journeyId, THEME).lines.length).toBeGreaterThan(0);
    compareAfterEdits(start, 100);
  });

  describe('with connections routed by libavoid', () => {
    const routers: ConnectionRouter[] = [];
    beforeAll(async () => {
      const avoid = await loadAvoid();
      routers.push(createConnectionRouter(avoid), createConnectionRouter(avoid));
    });
    afterAll(() => routers.forEach((r) => r.dispose()));

    it('gives exactly the full layout, routes and labels included', () => {
      compareAfterEdits(connected(), 25, [routers[0]!, routers[1]!]);
    });
  });

  const { doc, journeyId } = connectedJourney({ stages: 4, cards: 120, connections: 0, seed: 3 });
  const base = layoutJourney(doc, journeyId, THEME);
  const lanes = lanesOf(doc, journeyId);
  const cardIn = (layout: JourneyLayout, laneIndex: number) =>
    layout.cards.find((c) => c.laneId === lanes[laneIndex]!.id)!;

  it('keeps every box above the grown card the very same object, and moves those below', () => {
    const laneIndex = lanes.findIndex((l) => l.kind === 'touchpoints');
    const card = cardIn(base, laneIndex);
    const long = 'a title long enough to wrap over three or four lines of a card '.repeat(3);
    const next = edit(doc, card.id, { title: long });
    const made = resizedLayout(base, doc, next, journeyId, [card.id], THEME)!;
    expect(made).toStrictEqual(layoutJourney(next, journeyId, THEME));
    const grown = made.cards.find((c) => c.id === card.id)!;
    expect(grown.height).toBeGreaterThan(card.height);
    const laneTop = made.lanes[laneIndex]!.y;
    made.cards.forEach((box, i) => {
      const before = base.cards[i]!;
      if (box.y + box.height <= laneTop) expect(box).toBe(before);
      else if (box.laneId !== card.laneId && box.y > laneTop) {
        expect(box.y).toBeGreaterThan(before.y);
      }
    });
  });

  it('refuses (undefined) an edit that moves a card or changes anything but cards', () => {
    const card = cardIn(base, 1);
    const moved = applyOp(doc, {
      type: 'updateTouchpoint',
      id: card.id,
      patch: { orderKey: 'zz' },
    } as Op).doc;
    expect(resizedLayout(base, doc, moved, journeyId, [card.id], THEME)).toBeUndefined();
    const renamed = applyOp(doc, {
      type: 'updateLane',
      id: lanes[0]!.id,
      patch: { name: 'Renamed' },
    } as Op).doc;
    expect(resizedLayout(base, doc, renamed, journeyId, [], THEME)).toBeUndefined();
    const rated = edit(doc, card.id, { emotion: doc.touchpoints[card.id]!.emotion === 2 ? 1 : 2 });
    expect(resizedLayout(base, doc, rated, journeyId, [card.id], THEME)).toBeUndefined();
  });

  it('hands back the same layout when the lines of text stayed the same', () => {
    const card = cardIn(base, 1);
    const next = edit(doc, card.id, { title: `${doc.touchpoints[card.id]!.title}!` });
    expect(resizedLayout(base, doc, next, journeyId, [card.id], THEME)).toBe(base);
  });
});
