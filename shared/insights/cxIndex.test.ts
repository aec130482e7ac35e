import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../model/types';
import { compareWithCurrent } from './compare';
import { coverageSentence, CX_FORMULA_HEADER, cxSummary, type CxCard } from './cxIndex';
import { docOf, SUBSCRIBE, type JourneySpec } from './fixture.test-support';
import { journeyCx } from './journeyCx';

/**
 * SUBSCRIBE's six touchpoints with a need-met rating each but the last:
 * Sees an ad (+1, effort 2, met), Reads reviews (0, 3, met, from data), Checkout (−2, 6, not met),
 * Calls support (−1, 6, partly), Confirmation (+1, 1, met), Renewal email (−2, 5, not rated).
 */
const SUBSCRIBE_CX: JourneySpec = {
  ...SUBSCRIBE,
  fields: {
    ...SUBSCRIBE.fields,
    0: { needsMet: 'met' },
    1: { needsMet: 'met', fromData: ['needsMet'] },
    5: { needsMet: 'notMet' },
    6: { needsMet: 'partly' },
    7: { needsMet: 'met' },
  },
};

const card = (needsMet: CxCard['needsMet'], effort: number | null, emotion: number | null) =>
  ({ needsMet, effort, emotion, fromData: [] }) as CxCard;

describe('cxSummary, worked out by hand', () => {
  it('maps each layer onto 0..100 and weighs them 40 / 30 / 30', () => {
    // Needs: met 100 + not met 0 = 100 / 2 = 50. Ease: effort (1 + 4) / 2 = 2.5, (7 − 2.5) / 6
    // = 75. Emotion: (2 + 0) / 2 = 1, (1 + 2) / 4 = 75. Index 0.4 × 50 + 0.3 × 75 + 0.3 × 75 = 65.
    const cx = cxSummary([card('met', 1, 2), card('notMet', 4, 0)]);
    expect(cx.layers.needsMet.score).toBe(50);
    expect(cx.layers.ease.score).toBe(75);
    expect(cx.layers.emotion.score).toBe(75);
    expect(cx.index).toBe(65);
    expect(cx.formula.at(-1)).toBe('0.4 × 50 + 0.3 × 75 + 0.3 × 75 = 65.0, rounded 65');
  });

  it('leaves unrated touchpoints out of a layer and says how many are rated', () => {
    // Needs: partly only, 50. Ease: effort 7 only, 0. Emotion: −2 and +2, mean 0, 50.
    // 0.4 × 50 + 0.3 × 0 + 0.3 × 50 = 35.
    const cx = cxSummary([card('partly', null, -2), card(null, 7, 2)]);
    expect([cx.layers.needsMet.rated, cx.layers.ease.rated, cx.layers.emotion.rated]).toEqual([
      1, 1, 2,
    ]);
    expect(cx.index).toBe(35);
    expect(cx.fullyRated).toBe(0);
    expect(coverageSentence(cx)).toBe('0 of 2 touchpoints rated on all three layers (0%)');
  });

  it('gives no index while a layer has no rating at all, and says which', () => {
    const cx = cxSummary([card(null, 3, 1), card(null, 4, null)]);
    expect(cx.index).toBeNull();
    expect(cx.layers.needsMet.score).toBeNull();
    expect(cx.layers.ease.score).toBe(58); // (7 − 3.5) / 6 = 58.3
    expect(cx.formula.at(-1)).toBe('No index yet: rate needs met on at least one touchpoint.');
    expect(cxSummary([]).formula.at(-1)).toBe('No touchpoints yet: the index needs their ratings.');
  });
});

describe('journeyCx on SUBSCRIBE, worked out by hand', () => {
  const cx = journeyCx(docOf(SUBSCRIBE_CX), 'sub');
  const stage = (name: string) => cx.stages.find((s) => s.name === name)!.cx;

  it('reads the journey on the three layers and builds its index', () => {
    const j = cx.journey;
    // Needs: 3 met, 1 partly, 1 not met of 5 rated: (300 + 50 + 0) / 5 = 70.
    // Ease: effort (2 + 3 + 6 + 6 + 1 + 5) / 6 = 3.83; (7 − 3.83) / 6 × 100 = 52.8 → 53.
    // Emotion: (1 + 0 − 2 − 1 + 1 − 2) / 6 = −0.5; (−0.5 + 2) / 4 × 100 = 37.5 → 38.
    // Index 0.4 × 70 + 0.3 × 53 + 0.3 × 38 = 28 + 15.9 + 11.4 = 55.3 → 55.
    expect([j.layers.needsMet.score, j.layers.ease.score, j.layers.emotion.score]).toEqual([
      70, 53, 38,
    ]);
    expect(j.needs).toEqual({ met: 3, partly: 1, notMet: 1 });
    expect(j.index).toBe(55);
    expect(j.layers.needsMet.fromData).toBe(1);
    expect(j.fullyRated).toBe(5);
    expect(coverageSentence(j)).toBe('5 of 6 touchpoints rated on all three layers (83%)');
    expect(j.formula).toEqual([
      CX_FORMULA_HEADER,
      'Needs met 70: met 100, partly 50, not met 0, averaged over 5 of 6 rated, 1 from data ' +
        '(3 met, 1 partly, 1 not met)',
      'Ease 53: (7 − average effort 3.83) ÷ 6 × 100, over 6 of 6 rated',
      'Emotion 38: (average emotion −0.50 + 2) ÷ 4 × 100, over 6 of 6 rated',
      '0.4 × 70 + 0.3 × 53 + 0.3 × 38 = 55.3, rounded 55',
    ]);
    expect(CX_FORMULA_HEADER).toBe(
      'CX index = 40% needs met + 30% ease + 30% emotion, each layer 0–100',
    );
  });

  it('reads each stage on its own touchpoints (action cards and notes never count)', () => {
    // Discover: needs 100; ease effort 2.5 → 75; emotion 0.5 → 62.5 → 63.
    // 0.4 × 100 + 0.3 × 75 + 0.3 × 63 = 40 + 22.5 + 18.9 = 81.4 → 81.
    expect(stage('Discover').index).toBe(81);
    // Buy: needs (0 + 50 + 100) / 3 = 50; effort 13/3 → 44.4 → 44; emotion −2/3 → 33.3 → 33.
    // 20 + 13.2 + 9.9 = 43.1 → 43.
    expect([stage('Buy').layers.ease.score, stage('Buy').layers.emotion.score]).toEqual([44, 33]);
    expect(stage('Buy').index).toBe(43);
    // Use has no touchpoints; Renew's one touchpoint has no need-met rating.
    expect(stage('Use').index).toBeNull();
    expect(stage('Renew').index).toBeNull();
    expect(stage('Renew').layers.ease.score).toBe(33);
  });

  it('reads each channel, the most used first, ties in journey order', () => {
    expect(cx.channels.map((c) => [c.channel, c.cx.touchpoints])).toEqual([
      ['Website', 2],
      ['Advertising', 1],
      ['Phone', 1],
      ['Email', 1],
      ['No channel', 1],
    ]);
    // Website: Reads reviews (0, 3, met) and Checkout (−2, 6, not met): needs 50, ease
    // (7 − 4.5) / 6 = 41.7 → 42, emotion (−1 + 2) / 4 = 25. 20 + 12.6 + 7.5 = 40.1 → 40.
    expect(cx.channels[0]!.cx.index).toBe(40);
  });
});

/** SUBSCRIBE's future state: every touchpoint meets the need but Compares plans (partly). */
const FUTURE_CX: JourneySpec = {
  id: 'fut',
  state: 'future',
  currentJourneyId: 'sub',
  stages: ['Discover', 'Purchase', 'Renew', 'Advocate'],
  cards: [
    [0, 'touchpoints', 'Sees an ad', 1, 2, 'Advertising'],
    [0, 'touchpoints', 'Reads reviews', 1, 2, 'Website'],
    [0, 'touchpoints', 'Compares plans', 0, 3, 'Website'],
    [1, 'touchpoints', 'Checkout', 1, 2, 'Website'],
    [1, 'touchpoints', 'Confirmation', 2, 1, 'Email'],
    [1, 'painPoints', 'hidden fees'],
    [2, 'touchpoints', 'Renewal email', 0, 3, 'Email'],
    [3, 'touchpoints', 'Refers a friend', 2, 1, 'In person'],
  ],
  fields: Object.fromEntries(
    [0, 1, 2, 3, 4, 6, 7].map((i) => [
      i,
      { needsMet: i === 2 ? 'partly' : 'met' } satisfies Partial<Touchpoint>,
    ]),
  ),
};

describe('current against future state, layer by layer', () => {
  const comparison = compareWithCurrent(docOf(SUBSCRIBE_CX, FUTURE_CX), 'fut')!;

  it('compares the journeys’ layers and index', () => {
    // Future: needs (6 × 100 + 50) / 7 = 92.9 → 93; effort 14 / 7 = 2 → 83.3 → 83; emotion
    // 7 / 7 = 1 → 75. 0.4 × 93 + 0.3 × 83 + 0.3 × 75 = 37.2 + 24.9 + 22.5 = 84.6 → 85.
    // Current (above): 70, 53, 38, index 55.
    expect(comparison.cx.map((r) => [r.label, r.before, r.after, r.change])).toEqual([
      ['Needs met', 70, 93, 23],
      ['Ease', 53, 83, 30],
      ['Emotion', 38, 75, 37],
      ['CX index', 55, 85, 30],
    ]);
  });

  it('gives each stage its index before and after', () => {
    const discover = comparison.stages.find((s) => s.name === 'Discover')!;
    // After: needs (100 + 100 + 50) / 3 = 83.3 → 83; effort 7/3 → 77.8 → 78; emotion 2/3 →
    // 66.7 → 67. 33.2 + 23.4 + 20.1 = 76.7 → 77. Before: 81 (above).
    expect([discover.cxIndexBefore, discover.cxIndexAfter]).toEqual([81, 77]);
    const advocate = comparison.stages.find((s) => s.name === 'Advocate')!;
    // Refers a friend: met, effort 1, +2: 100 on every layer. No current stage: no before.
    expect([advocate.cxIndexBefore, advocate.cxIndexAfter]).toEqual([null, 100]);
  });
});
