import { describe, expect, it } from 'vitest';
import { hotelDoc, withRows } from '../../test/unit/dataFixtures';
import { exportProjectJson } from '../export/json';
import { planJsonImport } from '../import/json';
import { applyOp } from '../ops/applyOp';
import { emptyDoc, journeyList } from './doc';
import { JOURNEY } from './entities';
import { daysBetween, localDay, REVIEW_DUE_AFTER_DAYS, reviewState } from './journeyReview';

describe('a journey map review', () => {
  it('counts whole days between calendar days, across months and leap days', () => {
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-09-02', '2026-12-01')).toBe(90);
  });

  it('is due after 90 days, and says how long in words', () => {
    expect(REVIEW_DUE_AFTER_DAYS).toBe(90);
    expect(reviewState('', '2026-12-01')).toEqual({ due: true, text: 'Never reviewed' });
    expect(reviewState('2026-12-01', '2026-12-01')).toEqual({ due: false, text: 'Reviewed today' });
    expect(reviewState('2026-11-30', '2026-12-01')).toEqual({
      due: false,
      text: 'Reviewed 1 day ago',
    });
    // 90 days: still fresh; 91: due. 91 days is 3 whole months of 30 days.
    expect(reviewState('2026-09-02', '2026-12-01')).toEqual({
      due: false,
      text: 'Reviewed 3 months ago',
    });
    expect(reviewState('2026-09-01', '2026-12-01')).toEqual({
      due: true,
      text: 'Not reviewed for 3 months',
    });
    expect(reviewState('2025-12-01', '2026-12-01').text).toBe('Not reviewed for 12 months');
    expect(reviewState('2020-01-15', '2026-12-01').text).toBe('Not reviewed for 6 years');
  });

  it('takes the local calendar day, and the descriptor refuses a day that is not one', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    const reviewedOn = JOURNEY.fields.reviewedOn.schema;
    expect(reviewedOn.safeParse('2026-02-30').success).toBe(false);
    expect(reviewedOn.safeParse('yesterday').success).toBe(false);
    expect(reviewedOn.safeParse('').success).toBe(true);
    expect(reviewedOn.safeParse('2026-02-28').success).toBe(true);
  });
});

describe('the review fields in Wayline JSON', () => {
  const empty = () => emptyDoc('Target', '2025-01-01T00:00:00Z');

  it('go out and come back, and a file written before they existed still imports', () => {
    const doc = hotelDoc();
    const [journey] = journeyList(doc);
    const reviewed = applyOp(doc, {
      type: 'updateJourney',
      id: journey!.id,
      patch: { owner: 'CX team', reviewedOn: '2026-11-02' },
    }).doc;
    const json = exportProjectJson(reviewed, { scope: 'project' });
    const plan = planJsonImport(json, empty());
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const back = journeyList(withRows(empty(), plan.value.rows));
    expect(back.find((j) => j.owner === 'CX team')?.reviewedOn).toBe('2026-11-02');

    const older = JSON.parse(json) as { journeys: Record<string, unknown>[] };
    for (const j of older.journeys) {
      delete j.owner;
      delete j.reviewedOn;
    }
    const olderPlan = planJsonImport(JSON.stringify(older), empty());
    if (!olderPlan.ok) throw new Error(JSON.stringify(olderPlan.error));
    const olderBack = journeyList(withRows(empty(), olderPlan.value.rows));
    expect(olderBack.every((j) => j.owner === '' && j.reviewedOn === '')).toBe(true);
  });
});
