import { describe, expect, it } from 'vitest';
import { counterIds, hotelDoc, withRows } from '../../../../test/unit/dataFixtures';
import { journeyList, stagesOf } from '../../../../shared/model/doc';
import { isRowsPaste, planTablePaste } from './tablePaste';
import { journeyRows } from './tableRows';

const doc = hotelDoc();
const journeyId = journeyList(doc)[0]!.id;
const paste = (text: string, more: Partial<Parameters<typeof planTablePaste>[2]> = {}) =>
  planTablePaste(text, doc, {
    journeyId,
    startColumn: 'stage',
    makeId: counterIds('p'),
    ...more,
  });

function planned(text: string, more: Partial<Parameters<typeof planTablePaste>[2]> = {}) {
  const plan = paste(text, more);
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  return plan.value;
}

describe('pasting spreadsheet rows into the table', () => {
  it('reads a header row as the CSV import does, numbering rows as the spreadsheet does', () => {
    const text = [
      'Title\tStage\tEmotion\tEffort',
      'Compares loyalty points\tBook\t1\t2',
      'Calls the hotel\tBook\t7\t3',
      '',
      'Orders room service\tStay\tPositive\tVery low',
      '',
    ].join('\r\n');
    const plan = planned(text);
    expect(plan.rows.touchpoints!.map((t) => t.title)).toEqual([
      'Compares loyalty points',
      'Orders room service',
    ]);
    expect(plan.rows.touchpoints!.map((t) => [t.emotion, t.effort])).toEqual([
      [1, 2],
      [1, 1],
    ]);
    expect(plan.rejected).toEqual([
      {
        row: 3,
        problems: [expect.objectContaining({ code: 'bad_emotion', row: 3, column: 'Emotion' })],
      },
    ]);
    // No new stage or lane: names are matched to the journey's.
    expect(plan.rows.stages).toEqual([]);
    const after = withRows(doc, plan.rows);
    expect(journeyRows(after, journeyId)).toHaveLength(33);
  });

  it('without a header fills the columns from the active one; row 1 is the first pasted line', () => {
    const text = 'Asks a colleague\tChat\t-1\nBad\tChat\tfurious\n';
    const plan = planned(text, { startColumn: 'title', stage: 'Search', lane: 'Touchpoints' });
    expect(plan.rows.touchpoints).toHaveLength(1);
    const [card] = plan.rows.touchpoints!;
    expect(card).toMatchObject({ title: 'Asks a colleague', channel: 'Chat', emotion: -1 });
    // The active row's stage and lane are where rows without those columns go.
    const search = stagesOf(doc, journeyId).find((s) => s.name === 'Search')!;
    expect(card!.stageId).toBe(search.id);
    expect(plan.rejected.map((r) => r.row)).toEqual([2]);
    expect(plan.rejected[0]!.problems[0]).toMatchObject({ code: 'bad_emotion', row: 2 });
  });

  it('a single column of titles with commas in them stays one cell per line', () => {
    const plan = planned('Checks out, late\nPays, with points\n', { startColumn: 'title' });
    expect(plan.rows.touchpoints!.map((t) => t.title)).toEqual([
      'Checks out, late',
      'Pays, with points',
    ]);
  });

  it('new stage names become stages, as in a CSV import', () => {
    const plan = planned('Debrief\tTouchpoints\tFills the survey\n');
    expect(plan.rows.stages!.map((s) => s.name)).toEqual(['Debrief']);
  });

  it('cells past the last column are left out, and said', () => {
    const plan = planned('Waits\tChat\t0\t4\tpartly\tcalm\tyes\tDesk\tqueue\textra\n', {
      startColumn: 'title',
    });
    expect(plan.rows.touchpoints![0]).toMatchObject({
      needsMet: 'partly',
      feeling: 'calm',
      owner: 'Desk',
      tags: ['queue'],
    });
    expect(plan.warnings).toContain('1 pasted column(s) past Tags were left out.');
  });

  it('refuses cells that start right of the title column, saying where to paste', () => {
    const plan = paste('1\t2\n', { startColumn: 'emotion' });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.error[0]!.code).toBe('paste_without_title');
    expect(plan.error[0]!.message).toContain('start in the Emotion column');
  });

  it('tells rows apart from one value', () => {
    expect(isRowsPaste('Just a title')).toBe(false);
    expect(isRowsPaste('Just a title\r\n')).toBe(false);
    expect(isRowsPaste('a\tb')).toBe(true);
    expect(isRowsPaste('a\nb')).toBe(true);
  });
});
