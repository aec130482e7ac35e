import { describe, expect, it } from 'vitest';
import { applyOp } from '../ops/applyOp';
import { shiftedIndex } from '../ops/position';
import { lanesOf } from './doc';
import { holdsCards, LANE_CARD_NOUNS } from './laneKinds';
import { LANE_KINDS } from './schema';
import { createLifecycleProject } from './templates';

describe('card kinds', () => {
  it('names one card of every lane kind', () => {
    for (const kind of LANE_KINDS) expect(LANE_CARD_NOUNS[kind]).toMatch(/\S/);
    expect(LANE_CARD_NOUNS.painPoints).toBe('Pain point');
  });

  it('keeps cards out of the emotion curve only', () => {
    expect(LANE_KINDS.filter((k) => !holdsCards(k))).toEqual(['emotion']);
  });
});

describe('shiftedIndex', () => {
  const ids = ['a', 'b', 'c'];

  it('is null at either end and for an unknown id', () => {
    expect(shiftedIndex(ids, 'a', -1)).toBeNull();
    expect(shiftedIndex(ids, 'c', 1)).toBeNull();
    expect(shiftedIndex(ids, 'x', 1)).toBeNull();
  });

  it('moves a lane one place down and back up through moveLane', () => {
    let doc = createLifecycleProject('P', '2024-01-01T00:00:00.000Z');
    const journeyId = Object.keys(doc.journeys)[0] as string;
    const before = lanesOf(doc, journeyId).map((l) => l.id);
    const first = before[0] as string;

    const down = shiftedIndex(before, first, 1);
    expect(down).toBe(1);
    doc = applyOp(doc, { type: 'moveLane', id: first, at: { index: down as number } }).doc;
    const after = lanesOf(doc, journeyId).map((l) => l.id);
    expect(after.slice(0, 2)).toEqual([before[1], first]);

    const up = shiftedIndex(after, first, -1);
    doc = applyOp(doc, { type: 'moveLane', id: first, at: { index: up as number } }).doc;
    expect(lanesOf(doc, journeyId).map((l) => l.id)).toEqual(before);
  });
});
