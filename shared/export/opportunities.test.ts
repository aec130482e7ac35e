import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { backlogDoc } from '../../test/unit/backlogFixture';
import { backlogRows } from '../model/backlog';
import { exportOpportunitiesCsv } from './opportunities';

describe('the opportunity backlog as CSV', () => {
  const text = exportOpportunitiesCsv(backlogDoc());
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });

  it('has the declared columns, one row per opportunity of every journey, in map order', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'journey',
      'stage',
      'title',
      'status',
      'owner',
      'value',
      'effort',
      'priority',
      'due',
      'link',
      'pain_points',
      'touchpoints',
    ]);
    expect(parsed.data.map((r) => [r.journey, r.stage, r.title])).toEqual([
      ['Booking', 'Search', 'Show total price'],
      ['Booking', 'Pay', "'=cmd|' /C calc'!A0"],
      ['Stay', 'Arrive', 'Mobile key'],
    ]);
  });

  it('writes scores, the priority worked by hand and linked cards by title', () => {
    // 5 × 0.8 ÷ 2 = 2; 4 × 1.0 ÷ 4 = 1.
    expect(parsed.data[0]).toEqual({
      journey: 'Booking',
      stage: 'Search',
      title: 'Show total price',
      status: 'Planned',
      owner: 'Ana',
      value: '5',
      effort: '2',
      priority: '2',
      due: '2027-03-31',
      link: 'WEB-42',
      pain_points: 'Hidden fees',
      touchpoints: 'Checkout; Confirmation email',
    });
    expect([parsed.data[1]!.status, parsed.data[1]!.value, parsed.data[1]!.priority]).toEqual([
      'Idea',
      '',
      '',
    ]);
    expect([parsed.data[2]!.priority, parsed.data[2]!.link]).toEqual([
      '1',
      'https://tracker.example.com/STAY-7',
    ]);
  });

  it('joins several linked cards with "; " and starts with a byte-order mark for Excel', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = backlogRows(backlogDoc());
    expect(rows[0]!.touchpoints).toEqual(['Checkout', 'Confirmation email']);
    expect(rows.map((r) => r.priority)).toEqual([2, null, 1]);
  });
});
