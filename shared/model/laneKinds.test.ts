import { describe, expect, it } from 'vitest';
import { applyOp } from '../ops/applyOp';
import { shiftedIndex } from '../ops/position';
import { lanesOf } from './doc';
import { laneKindCss } from './laneKindCss';
import {
  blueprintLineAbove,
  holdsCards,
  LANE_CARD_NOUNS,
  LANE_KIND_IDS,
  LANE_KIND_SPECS,
  singletonClash,
} from './laneKinds';
import { LANE_KINDS } from './schema';
import { createLifecycleProject } from './templates';

describe('card kinds', () => {
  it('names one card of every lane kind', () => {
    for (const kind of LANE_KINDS) expect(LANE_CARD_NOUNS[kind]).toMatch(/\S/);
    expect(LANE_CARD_NOUNS.painPoints).toBe('Pain point');
  });

  it('keeps cards out of the emotion curve and the survey metrics lane only', () => {
    expect(LANE_KINDS.filter((k) => !holdsCards(k))).toEqual(['emotion', 'metrics']);
  });

  it('declares every kind once, in the order a new map offers them', () => {
    expect(Object.keys(LANE_KIND_SPECS)).toEqual([...LANE_KIND_IDS]);
    expect(LANE_KINDS).toBe(LANE_KIND_IDS);
  });

  it('derives the blueprint lines from the lanes above', () => {
    expect(blueprintLineAbove('frontstage', new Set(['touchpoints']))).toBe('interaction');
    expect(blueprintLineAbove('frontstage', new Set(['thoughts']))).toBeUndefined();
    expect(blueprintLineAbove('backstage', new Set(['frontstage']))).toBe('visibility');
    expect(blueprintLineAbove('support', new Set(['backstage']))).toBe('internal');
  });

  it('names a singleton kind that a journey already has', () => {
    expect(singletonClash('emotion', ['touchpoints', 'emotion'])).toBe('Emotion curve');
    expect(singletonClash('emotion', ['touchpoints'])).toBeUndefined();
    expect(singletonClash('painPoints', ['painPoints'])).toBeUndefined();
  });
});

describe('lane kind CSS', () => {
  const css = laneKindCss();

  it('gives every kind its colour in each theme and its projector tint', () => {
    for (const kind of LANE_KIND_IDS) {
      const { colors } = LANE_KIND_SPECS[kind];
      expect(css).toContain(`--lane-${kind}: ${colors.light};`);
      expect(css).toContain(`--lane-${kind}-pr-fill: ${colors.projector.fill};`);
      expect(css).toContain(`.lane-${kind} { --kind: var(--lane-${kind});`);
    }
    expect(css).toMatch(/\[data-theme='dark'\] \{ --lane-touchpoints: #[0-9a-f]{6};/);
  });

  it('tints only the cells of the emotion curve', () => {
    expect(css).toContain('.lane-emotion { --kind: var(--lane-emotion); --kind-tint: 4%;');
    expect(css).toContain('.lane-actions { --kind: var(--lane-actions); --kind-tint: 0%;');
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
