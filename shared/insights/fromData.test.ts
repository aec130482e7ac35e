import { describe, expect, it } from 'vitest';
import { applyOp } from '../ops/applyOp';
import { surveyDoc } from '../../test/unit/surveyFixture';
import { confirmPatch, proposeFromData } from './fromData';
import { metricFigures, tally } from './surveyMetrics';

const figures = (metric: Parameters<typeof metricFigures>[0], scores: number[]) =>
  metricFigures(metric, tally(scores))!;

describe('ratings from data', () => {
  it('proposes emotion from CSAT, effort from CES and the need from needs met, with the mapping', () => {
    // CSAT mean (5+4+4+2) / 4 = 3.75 -> round(0.75) = +1; CES mean (6+5+5+2) / 4 = 4.5 ->
    // round(8 - 4.5) = round(3.5) = 4; needs met 2 of 4 met -> met (half or more).
    const proposals = proposeFromData({
      csat: figures('csat', [5, 4, 4, 2]),
      ces: figures('ces', [6, 5, 5, 2]),
      needsMet: figures('needsMet', [2, 2, 1, 0]),
    });
    expect(proposals.map((p) => [p.rating, p.value])).toEqual([
      ['emotion', 1],
      ['effort', 4],
      ['needsMet', 'met'],
    ]);
    expect(proposals[0]!.basis).toBe('CSAT mean 3.75 (n 4): emotion = round(mean − 3) = +1');
  });

  it('falls back to NPS for emotion: round(NPS / 50)', () => {
    // 1 promoter, 3 detractors of 4: NPS = -50 -> round(-1) = -1.
    const [p] = proposeFromData({ nps: figures('nps', [10, 3, 5, 6]) });
    expect([p!.rating, p!.value]).toEqual(['emotion', -1]);
    // Needs met: 1 met, 1 partly, 2 not of 4: met + partly is half -> partly.
    const [need] = proposeFromData({ needsMet: figures('needsMet', [2, 1, 0, 0]) });
    expect(need!.value).toBe('partly');
  });

  it('a confirmed rating is from data until edited by hand; undo puts it back', () => {
    const doc = surveyDoc();
    const card = doc.touchpoints.t1!;
    const proposals = proposeFromData({ csat: figures('csat', [5, 5]), ces: figures('ces', [7]) });
    const confirmed = applyOp(doc, {
      type: 'updateTouchpoint',
      id: 't1',
      patch: confirmPatch(card, proposals),
    }).doc;
    expect(confirmed.touchpoints.t1).toMatchObject({
      emotion: 2,
      effort: 1,
      fromData: ['emotion', 'effort'],
    });
    const edit = applyOp(confirmed, { type: 'updateTouchpoint', id: 't1', patch: { emotion: 0 } });
    expect(edit.doc.touchpoints.t1!.fromData).toEqual(['effort']);
    // The same value again is no edit.
    const same = applyOp(confirmed, { type: 'updateTouchpoint', id: 't1', patch: { effort: 1 } });
    expect(same.doc.touchpoints.t1!.fromData).toEqual(['emotion', 'effort']);
    expect(applyOp(edit.doc, edit.inverse).doc.touchpoints.t1).toEqual(confirmed.touchpoints.t1);
  });
});
