import { describe, expect, it } from 'vitest';
import { hotelDoc, withRows } from '../../test/unit/dataFixtures';
import { exportCsv } from '../export/csv';
import { emptyDoc } from '../model/doc';
import { applyOp } from '../ops/applyOp';
import { rejectedRows } from '../../test/unit/rejections';
import { planCsvImport } from './csv';

describe('need met and the feeling in words in CSV', () => {
  it('round-trip: an export read back gives the same ratings and words', () => {
    let doc = hotelDoc();
    const [first, second] = Object.values(doc.touchpoints).filter((t) => t.emotion !== null);
    const edits = [
      { id: first!.id, patch: { needsMet: 'partly' as const, feeling: 'anxious' } },
      { id: second!.id, patch: { needsMet: 'notMet' as const, feeling: '=looked after' } },
    ];
    for (const { id, patch } of edits) {
      doc = applyOp(doc, { type: 'updateTouchpoint', id, patch }).doc;
    }
    const csv = exportCsv(doc);
    expect(csv).toContain('Need met,Feeling in words');
    expect(csv).toContain('Partly met,anxious');
    // A feeling that a spreadsheet would run as a formula is guarded, and unguarded on import.
    expect(csv).toContain("Not met,'=looked after");
    const plan = planCsvImport(csv, emptyDoc('Target', '2025-01-01T00:00:00Z'));
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const imported = withRows(emptyDoc('Target', '2025-01-01T00:00:00Z'), plan.value.rows);
    expect(exportCsv(imported)).toBe(csv);
    const byTitle = (title: string) =>
      Object.values(imported.touchpoints).find((t) => t.title === title)!;
    expect(byTitle(first!.title)).toMatchObject({ needsMet: 'partly', feeling: 'anxious' });
    expect(byTitle(second!.title)).toMatchObject({ needsMet: 'notMet', feeling: '=looked after' });
  });

  it('refuses a row whose need met is not a level, saying what is accepted', () => {
    const plan = planCsvImport(
      'Stage,Lane,Title,Need met\r\nBook,Touchpoints,Pays,perhaps\r\n',
      emptyDoc('Target', '2025-01-01T00:00:00Z'),
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const [row] = rejectedRows(plan.value.rejected);
    expect(row).toMatchObject({ row: 2, codes: ['bad_needs_met'] });
    expect(row!.reason).toContain(
      'need met "perhaps" is not met, partly met or not met (or yes, partly, no, or 1 to 5)',
    );
  });

  it('"Feeling" alone still means the emotion, as in files written before this column', () => {
    const plan = planCsvImport(
      'Stage,Lane,Title,Feeling\r\nBook,Touchpoints,Pays,-1\r\n',
      emptyDoc('Target', '2025-01-01T00:00:00Z'),
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(plan.value.rows.touchpoints![0]).toMatchObject({ emotion: -1, feeling: '' });
  });
});
