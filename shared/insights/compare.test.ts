import { describe, expect, it } from 'vitest';
import { counterIds, withRows } from '../../test/unit/dataFixtures';
import { futureStateOf } from '../model/duplicateJourney';
import { applyOp } from '../ops/applyOp';
import type { Op } from '../ops/schema';
import { compareWithCurrent } from './compare';
import { docOf, SUBSCRIBE, type JourneySpec } from './fixture.test-support';

/**
 * The future state of SUBSCRIBE. Its stages: Discover (same name), Purchase (renamed from Buy:
 * paired by position, index 1), Renew (same name, although it moved from index 3 to 2) and
 * Advocate (new: index 3 is Renew's, already paired). Use is dropped.
 */
const FUTURE: JourneySpec = {
  id: 'fut',
  state: 'future',
  currentJourneyId: 'sub',
  stages: ['Discover', 'Purchase', 'Renew', 'Advocate'],
  cards: [
    [0, 'touchpoints', 'Sees an ad', 1, 2, 'Advertising'],
    [0, 'touchpoints', 'READS REVIEWS', 1, 2, 'Website'],
    [0, 'touchpoints', 'Compares plans', 0, 3, 'Website'],
    [1, 'touchpoints', 'Checkout', 1, 2, 'Website'],
    [1, 'touchpoints', 'Confirmation', 2, 1, 'Email'],
    [1, 'painPoints', 'hidden fees'],
    [2, 'touchpoints', 'Renewal email', 0, 3, 'Email'],
    [3, 'touchpoints', 'Refers a friend', 2, 1, 'In person'],
  ],
};

describe('compareWithCurrent, worked out by hand', () => {
  const doc = docOf(SUBSCRIBE, FUTURE);
  const comparison = compareWithCurrent(doc, 'fut')!;
  const row = (name: string) => comparison.stages.find((s) => s.name === name)!;

  it('pairs stages by name, then by position, and keeps the dropped ones', () => {
    expect(comparison.stages.map((s) => [s.name, s.matchedBy, s.currentStageId])).toEqual([
      ['Discover', 'name', 'sub-s0'],
      ['Purchase', 'position', 'sub-s1'],
      ['Renew', 'name', 'sub-s3'],
      ['Advocate', null, null],
      ['Use', null, 'sub-s2'],
    ]);
    expect(row('Use').futureStageId).toBeNull();
  });

  it('gives emotion and effort before, after and their change', () => {
    // Discover: before (1 + 0) / 2 = 0.5, after (1 + 1 + 0) / 3 = 2/3: change +1/6.
    // Effort before 2.5, after (2 + 2 + 3) / 3 = 7/3: change -1/6.
    expect(row('Discover').emotionBefore).toBe(0.5);
    expect(row('Discover').emotionAfter).toBeCloseTo(2 / 3, 10);
    expect(row('Discover').emotionChange).toBeCloseTo(1 / 6, 10);
    expect(row('Discover').effortChange).toBeCloseTo(-1 / 6, 10);
    // Purchase: before -2/3 (Buy), after (1 + 2) / 2 = 1.5: change 13/6 = +2.17.
    // Effort before 13/3, after (2 + 1) / 2 = 1.5: change -17/6 = -2.83.
    expect(row('Purchase').emotionChange).toBeCloseTo(13 / 6, 10);
    expect(row('Purchase').effortAfter).toBe(1.5);
    expect(row('Purchase').effortChange).toBeCloseTo(-17 / 6, 10);
    // Renew: -2 -> 0 is +2; effort 5 -> 3 is -2.
    expect([row('Renew').emotionChange, row('Renew').effortChange]).toEqual([2, -2]);
    // Advocate has no current stage: an after, but no change.
    expect([row('Advocate').emotionBefore, row('Advocate').emotionAfter]).toEqual([null, 2]);
    expect(row('Advocate').emotionChange).toBeNull();
    // Use has touchpoints on neither side.
    expect([row('Use').emotionBefore, row('Use').emotionAfter, row('Use').effortChange]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('lists touchpoints added and removed, matching titles case-insensitively', () => {
    // "READS REVIEWS" is "Reads reviews": neither added nor removed.
    expect(row('Discover').touchpointsAdded).toEqual(['Compares plans']);
    expect(row('Discover').touchpointsRemoved).toEqual([]);
    expect(row('Purchase').touchpointsAdded).toEqual([]);
    expect(row('Purchase').touchpointsRemoved).toEqual(['Calls support']);
    expect(row('Advocate').touchpointsAdded).toEqual(['Refers a friend']);
    expect(row('Renew').touchpointsAdded).toEqual([]);
  });

  it('counts a pain point as addressed when the future stage no longer has it', () => {
    expect(row('Discover').painPointsAddressed).toEqual(['Too many options']);
    // "hidden fees" is still there, in other letters; "Long hold" is gone.
    expect(row('Purchase').painPointsAddressed).toEqual(['Long hold']);
    expect(row('Renew').painPointsAddressed).toEqual([]);
  });

  it('compares the health scores', () => {
    // Before: 39 (journeyInsights.test.ts).
    // After, 7 touchpoints: emotion 1 + 1 + 0 + 1 + 2 + 0 + 2 = 7, / 7 = 1 -> (1 + 2) / 4 = 75;
    // effort 2 + 2 + 3 + 2 + 1 + 3 + 1 = 14, / 7 = 2 -> (7 - 2) / 6 = 83.3 -> 83;
    // pain points: "hidden fees" in Purchase, which has no opportunity: 1 of 1 unresolved -> 0.
    // 0.4 * 75 + 0.4 * 83 + 0.2 * 0 = 30 + 33.2 = 63.2 -> 63.
    expect([comparison.healthBefore, comparison.healthAfter]).toEqual([39, 63]);
    expect([comparison.currentName, comparison.futureName]).toEqual(['sub', 'fut']);
  });

  it('counts a second card of the same title as added', () => {
    const twice = docOf(SUBSCRIBE, {
      ...FUTURE,
      cards: [...FUTURE.cards, [1, 'touchpoints', 'checkout', 0, 4, 'Website']],
    });
    expect(compareWithCurrent(twice, 'fut')!.stages[1]!.touchpointsAdded).toEqual(['checkout']);
  });

  it('has nothing to compare for a current state, or a future state whose current is gone', () => {
    expect(compareWithCurrent(doc, 'sub')).toBeNull();
    const unlinked = docOf({ ...FUTURE, currentJourneyId: undefined });
    expect(compareWithCurrent(unlinked, 'fut')).toBeNull();
    // The store never keeps a dangling link; a document read from elsewhere might.
    const orphan = {
      ...doc,
      journeys: { fut: { ...doc.journeys.fut!, currentJourneyId: 'gone' } },
    };
    expect(compareWithCurrent(orphan, 'fut')).toBeNull();
  });
});

describe('compareWithCurrent by identity: a future state made with "Create future state"', () => {
  /** SUBSCRIBE's future state as the app makes it (each card keeps its source), then edited. */
  function editedFuture() {
    const doc = docOf(SUBSCRIBE);
    const rows = futureStateOf(doc, 'sub', { orderKey: 'a5', makeId: counterIds('f') });
    let next = withRows(doc, rows);
    const futureId = rows.journeys![0]!.id;
    const copyOf = (title: string) => rows.touchpoints!.find((t) => t.title === title)!;
    const stageOf = (name: string) => rows.stages!.find((st) => st.name === name)!;
    const edit = (op: Op) => (next = applyOp(next, op).doc);
    // Renamed after the copy: the card and its stage.
    edit({ type: 'updateTouchpoint', id: copyOf('Checkout').id, patch: { title: 'One-page pay' } });
    edit({ type: 'updateStage', id: stageOf('Buy').id, patch: { name: 'Purchase' } });
    // Moved after the copy: "Calls support" goes from Buy to Use.
    edit({
      type: 'moveTouchpoint',
      id: copyOf('Calls support').id,
      stageId: stageOf('Use').id,
      laneId: copyOf('Calls support').laneId,
      at: { index: 0 },
    });
    return compareWithCurrent(next, futureId)!;
  }

  it('still pairs a renamed stage with its source by the cards they share', () => {
    const comparison = editedFuture();
    expect(comparison.stages.map((st) => [st.name, st.matchedBy, st.currentStageId])).toEqual([
      ['Discover', 'cards', 'sub-s0'],
      ['Purchase', 'cards', 'sub-s1'],
      ['Use', 'cards', 'sub-s2'],
      ['Renew', 'cards', 'sub-s3'],
    ]);
  });

  it('calls a renamed or moved card neither added nor removed', () => {
    const comparison = editedFuture();
    for (const st of comparison.stages) {
      expect([st.name, st.touchpointsAdded, st.touchpointsRemoved]).toEqual([st.name, [], []]);
    }
    const purchase = comparison.stages.find((st) => st.name === 'Purchase')!;
    expect(purchase.touchpointsRenamed).toEqual([{ from: 'Checkout', to: 'One-page pay' }]);
    expect(purchase.painPointsAddressed).toEqual([]);
  });
});
