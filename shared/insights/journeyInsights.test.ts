import { describe, expect, it } from 'vitest';
import { templateJourney } from '../export/svg/exampleDocs';
import { type CardSpec, docOf, SUBSCRIBE } from './fixture.test-support';
import { painState } from './painResolution';
import { ratedSentence } from './format';
import { journeyInsights } from './journeyInsights';

describe('journeyInsights on a journey worked out by hand', () => {
  const insights = journeyInsights(docOf(SUBSCRIBE), 'sub');
  const stage = (name: string) => insights.stages.find((s) => s.name === name)!;

  it('averages emotion and effort per stage over touchpoint-lane cards only', () => {
    // Discover: emotion (1 + 0) / 2 = 0.5; effort (2 + 3) / 2 = 2.5 (the action card ignored).
    expect(stage('Discover').averageEmotion).toBe(0.5);
    expect(stage('Discover').averageEffort).toBe(2.5);
    // Buy: emotion (-2 - 1 + 1) / 3 = -2/3; effort (6 + 6 + 1) / 3 = 13/3.
    expect(stage('Buy').averageEmotion).toBeCloseTo(-2 / 3, 10);
    expect(stage('Buy').averageEffort).toBeCloseTo(13 / 3, 10);
    // Use has no touchpoints: no average at all, rather than a misleading 0.
    expect(stage('Use').averageEmotion).toBeNull();
    expect(stage('Use').averageEffort).toBeNull();
    // Renew: a single touchpoint, -2 and 5.
    expect(stage('Renew').averageEmotion).toBe(-2);
    expect(stage('Renew').averageEffort).toBe(5);
  });

  it('counts touchpoints, pain points, opportunities and moments of truth per stage', () => {
    const counts = insights.stages.map((s) => [
      s.name,
      s.touchpoints,
      s.painPoints,
      s.opportunities,
      s.momentsOfTruth,
      [s.pains.resolved, s.pains.planned, s.pains.open],
    ]);
    expect(counts).toEqual([
      // Discover's one pain point is addressed by a shipped opportunity: resolved.
      ['Discover', 2, 1, 1, 0, [1, 0, 0]],
      // Buy: Checkout and Confirmation are moments of truth; Long hold has a planned fix (from
      // Use's opportunity), Hidden fees none.
      ['Buy', 3, 2, 0, 2, [0, 1, 1]],
      ['Use', 0, 0, 1, 0, [0, 0, 0]],
      ['Renew', 1, 0, 0, 0, [0, 0, 0]],
    ]);
  });

  it('averages the whole journey over its touchpoints', () => {
    // 6 touchpoints. Emotion 1 + 0 - 2 - 1 + 1 - 2 = -3, / 6 = -0.5.
    // Effort 2 + 3 + 6 + 6 + 1 + 5 = 23, / 6 = 3.8333...
    expect(insights.touchpoints).toBe(6);
    expect(insights.averageEmotion).toBe(-0.5);
    expect(insights.averageEffort).toBeCloseTo(23 / 6, 10);
  });

  it('lists the three lowest-emotion and highest-effort touchpoints, ties in journey order', () => {
    // Emotion -2: Checkout (Buy) before Renewal email (Renew); then -1: Calls support.
    expect(insights.lowestEmotion.map((t) => [t.title, t.stageName, t.emotion])).toEqual([
      ['Checkout', 'Buy', -2],
      ['Renewal email', 'Renew', -2],
      ['Calls support', 'Buy', -1],
    ]);
    // Effort 6: Checkout before Calls support (same stage, card order); then 5: Renewal email.
    expect(insights.highestEffort.map((t) => [t.title, t.effort])).toEqual([
      ['Checkout', 6],
      ['Calls support', 6],
      ['Renewal email', 5],
    ]);
    expect(insights.lowestEmotion[0]!.id).toBe('sub-c5');
  });

  it('counts channels, most used first, ties in order of first use', () => {
    // Website: Reads reviews, Checkout (the action card's Website does not count) = 2.
    expect(insights.channels).toEqual([
      { channel: 'Website', count: 2 },
      { channel: 'Advertising', count: 1 },
      { channel: 'Phone', count: 1 },
      { channel: 'Email', count: 1 },
      { channel: 'No channel', count: 1 },
    ]);
  });

  it('scores health with a formula that can be redone by hand', () => {
    // Emotion: (-0.5 + 2) / 4 * 100 = 37.5 -> 38.
    // Effort: (7 - 23/6) / 6 * 100 = (19/6) / 6 * 100 = 52.78 -> 53.
    // Pain points by severity: Too many options 1 (resolved), Hidden fees 4 (open), Long hold
    // not set, so 2 (planned, not yet counted): 1 ÷ (1 + 4 + 2) × 100 = 14.29 -> 14.
    // 0.4 * 38 + 0.4 * 53 + 0.2 * 14 = 15.2 + 21.2 + 2.8 = 39.2 -> 39.
    const { health } = insights;
    expect([health.emotion, health.effort, health.painPoints, health.score]).toEqual([
      38, 53, 14, 39,
    ]);
    expect(health.formula).toEqual([
      'Health = 40% emotion + 40% effort + 20% pain points resolved',
      'Emotion 38: average −0.50 on −2..+2; (average + 2) ÷ 4 × 100',
      'Effort 53: average 3.83 on 1..7; (7 − average) ÷ 6 × 100',
      'Pain points 14: 1 of 3 resolved (a linked opportunity shipped), 1 planned, 1 open',
      'Resolved severity 1 ÷ all severity 7 × 100; severity 1 minor .. 4 critical, not set 2',
      '0.4 × 38 + 0.4 × 53 + 0.2 × 14 = 39.2, rounded 39',
    ]);
  });

  it('does not call a pain point resolved because an opportunity sits in its stage', () => {
    // Three pains, each beside an unlinked shipped opportunity: none is resolved.
    const doc = docOf({
      id: 'x',
      stages: ['A', 'B', 'C'],
      cards: [0, 1, 2].flatMap((stage): CardSpec[] => [
        [stage, 'touchpoints', `Step ${stage}`, 0, 4],
        [stage, 'painPoints', `Pain ${stage}`],
        [stage, 'opportunities', `Fix ${stage}`],
      ]),
      fields: { 2: { status: 'shipped' }, 5: { status: 'shipped' }, 8: { status: 'shipped' } },
    });
    const { health } = journeyInsights(doc, 'x');
    // Emotion (0 + 2) / 4 * 100 = 50; effort (7 - 4) / 6 * 100 = 50; pains 0 of 6 severity.
    // 0.4 * 50 + 0.4 * 50 + 0.2 * 0 = 40.
    expect([health.painPoints, health.score]).toEqual([0, 40]);
    expect(painState(doc, 'x-c1')).toBe('open');
  });

  it('gives no score to a journey without touchpoints, and says why', () => {
    const empty = journeyInsights(
      docOf({ id: 'e', stages: ['Only'], cards: [[0, 'painPoints', 'Slow']] }),
      'e',
    );
    expect(empty.health.score).toBeNull();
    expect(empty.health.formula[1]).toMatch(/No touchpoints yet/);
    expect(empty.lowestEmotion).toEqual([]);
    expect(empty.channels).toEqual([]);
  });
});

describe('journeyInsights with touchpoints nobody has rated', () => {
  const insights = journeyInsights(
    docOf({
      id: 'u',
      stages: ['One', 'Two'],
      cards: [
        [0, 'touchpoints', 'Rated', -2, 6],
        [0, 'touchpoints', 'Not rated', null, null],
        [0, 'touchpoints', 'Emotion only', 1, null],
        [1, 'touchpoints', 'Also not rated', null, null],
        [1, 'painPoints', 'A note'],
      ],
    }),
    'u',
  );

  it('averages the rated ones only and says how many of how many are rated', () => {
    const [one, two] = insights.stages;
    expect(one).toMatchObject({ touchpoints: 3, emotionRated: 2, effortRated: 1 });
    expect(one!.averageEmotion).toBe(-0.5);
    expect(one!.averageEffort).toBe(6);
    // A stage with touchpoints but no rating has no average, not 0.
    expect(two).toMatchObject({ touchpoints: 1, emotionRated: 0, averageEmotion: null });
    expect(insights).toMatchObject({ touchpoints: 4, emotionRated: 2, effortRated: 1 });
    expect(insights.averageEmotion).toBe(-0.5);
    expect(ratedSentence(insights)).toBe(
      'Averages count rated touchpoints only: emotion 2 of 4 rated, effort 1 of 4 rated.',
    );
  });

  it('leaves unrated touchpoints out of the lowest and hardest lists', () => {
    expect(insights.lowestEmotion.map((t) => t.title)).toEqual(['Rated', 'Emotion only']);
    expect(insights.highestEffort.map((t) => t.title)).toEqual(['Rated']);
  });
});

describe('journeyInsights on the worked hotel example (the figures the e2e test reads)', () => {
  const { doc, journeyId } = templateJourney('hotel-example');
  const insights = journeyInsights(doc, journeyId);

  it('has these stage figures', () => {
    expect(
      insights.stages.map((s) => [
        s.name,
        s.touchpoints,
        s.averageEmotion === null ? null : Number(s.averageEmotion.toFixed(2)),
        s.averageEffort === null ? null : Number(s.averageEffort.toFixed(2)),
        s.painPoints,
        s.opportunities,
        s.momentsOfTruth,
      ]),
    ).toEqual([
      // Plan: Reads the travel policy (-1, 5).
      ['Plan', 1, -1, 5, 1, 1, 0],
      // Search: Compare prices (-1, 5), Read reviews (0, 3): -0.5 and 4.
      ['Search', 2, -0.5, 4, 1, 1, 0],
      // Book: (1 + 1 - 2) / 3 = 0; (3 + 1 + 6) / 3 = 3.33; two moments of truth.
      ['Book', 3, 0, 3.33, 1, 1, 2],
      // Stay: (2 - 2 + 1) / 3 = 0.33; (2 + 6 + 2) / 3 = 3.33; mobile check-in is one.
      ['Stay', 3, 0.33, 3.33, 1, 1, 1],
      // Expense: (-1 + 1) / 2 = 0; (5 + 2) / 2 = 3.5.
      ['Expense', 2, 0, 3.5, 1, 1, 0],
    ]);
  });

  it('has these lists, channels and score', () => {
    // -2: the resort fee (Book) and the reception queue (Stay); -1 first in journey order: the policy.
    expect(insights.lowestEmotion.map((t) => t.title)).toEqual([
      'Surprise resort fee at checkout',
      'Queue at reception',
      'Reads the travel policy',
    ]);
    // Effort 6: the same two; effort 5 first in journey order: the policy again.
    expect(insights.highestEffort.map((t) => t.title)).toEqual([
      'Surprise resort fee at checkout',
      'Queue at reception',
      'Reads the travel policy',
    ]);
    // Website 4 (policy, compare, book, fee); Email 3; Mobile app 2 is used before In person 2.
    expect(insights.channels.map((c) => `${c.channel} ${c.count}`)).toEqual([
      'Website 4',
      'Email 3',
      'Mobile app 2',
      'In person 2',
    ]);
    // 11 touchpoints: emotion sum -1, effort sum 40.
    // Emotion (-1/11 + 2) / 4 * 100 = 47.7 -> 48; effort (7 - 40/11) / 6 * 100 = 56.1 -> 56;
    // Pain points by severity: the policy PDF (2) is resolved (its fix shipped); the fees (4)
    // and the key (3) have fixes planned or in progress; the rate (1) and the VAT number (3)
    // only ideas. 2 ÷ (2 + 1 + 4 + 3 + 3) × 100 = 15.4 -> 15.
    // 0.4 * 48 + 0.4 * 56 + 0.2 * 15 = 19.2 + 22.4 + 3 = 44.6 -> 45.
    expect(insights.health.score).toBe(45);
    expect(insights.health.formula.slice(3)).toEqual([
      'Pain points 15: 1 of 5 resolved (a linked opportunity shipped), 2 planned, 2 open',
      'Resolved severity 2 ÷ all severity 13 × 100; severity 1 minor .. 4 critical, not set 2',
      '0.4 × 48 + 0.4 × 56 + 0.2 × 15 = 44.6, rounded 45',
    ]);
  });
});
