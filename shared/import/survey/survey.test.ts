import { describe, expect, it } from 'vitest';
import { applyOp } from '../../ops/applyOp';
import { exportProjectJson } from '../../export/json';
import { emptyDoc } from '../../model/doc';
import { planJsonImport } from '../json';
import { journeySurveyMetrics } from '../../insights/journeySurveyMetrics';
import { removeSurveyImportOp } from '../../model/surveys';
import { decodeScores, listOf } from '../../model/surveyEntities';
import { surveyDoc } from '../../../test/unit/surveyFixture';
import { guessMapping, type SurveyMapping } from './mapping';
import { planSurveyImport } from './plan';
import { readSurveyCsv, type Sheet } from './sheet';

const sheetOf = (text: string | Uint8Array): Sheet => {
  const read = readSurveyCsv(text, 1_000_000);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

const LONG = [
  'Touchpoint,Metric,Score,Respondent,Comment,Date,Stage',
  'Search rooms,NPS,10,R1,Easy to find,2026-11-02,',
  'search ROOMS ,nps,6,R2,,2026-11-02,',
  'Pay,CSAT,5,R1,,,Book',
  'Pay,CSAT,2,R3,Card was refused,,Stay',
  'Check in,CES,6,R1,,,',
  'Check in,Needs met,partly,R2,,,',
  'Check in,needs met,5,R3,,,',
].join('\n');

function plan(text: string | Uint8Array, skipBadRows = false, mapping?: SurveyMapping) {
  const doc = surveyDoc();
  const sheet = sheetOf(text);
  const cards = Object.values(doc.touchpoints).filter((t) => t.journeyId === 'j1');
  let n = 0;
  const result = planSurveyImport(doc, 'j1', sheet, mapping ?? guessMapping(sheet.headers, cards), {
    fileName: '/tmp/answers.csv',
    skipBadRows,
    now: new Date('2026-11-20T10:00:00Z'),
    makeId: () => `id${++n}`,
  });
  return { doc, result };
}

describe('survey import, long format', () => {
  it('matches titles case-insensitively and trimmed, stages telling duplicates apart', () => {
    const { doc, result } = plan(LONG);
    if (!result.ok) throw new Error(result.error.map((p) => p.message).join('\n'));
    const { rows, answerCount, commentCount, cardCount } = result.value;
    expect([answerCount, commentCount, cardCount]).toEqual([7, 2, 4]);
    const byCard = rows.surveyAnswers.map((a) => [
      a.cardId,
      a.metric,
      decodeScores(a.scores),
      listOf(a.respondents, '\n'),
    ]);
    expect(byCard).toEqual([
      ['t1', 'nps', [10, 6], ['R1', 'R2']],
      ['t2', 'csat', [5], ['R1']],
      ['t4', 'csat', [2], ['R3']],
      ['t5', 'ces', [6], ['R1']],
      // "partly" is coded 1, a 5 of 1-5 is met (2).
      ['t5', 'needsMet', [1, 2], ['R2', 'R3']],
    ]);
    expect(rows.quotes.map((q) => [q.cardId, q.text, q.who, q.date, q.sourceId])).toEqual([
      ['t1', 'Easy to find', 'R1', '2026-11-02', rows.sources[0]!.id],
      ['t4', 'Card was refused', 'R3', '', rows.sources[0]!.id],
    ]);
    expect(rows.sources[0]).toMatchObject({ name: 'answers.csv', kind: 'survey' });
    expect(rows.surveyImports[0]).toMatchObject({ rowCount: 7, answerCount: 7 });
    // One insertRows op: one undo step.
    const after = applyOp(doc, { type: 'insertRows', rows }).doc;
    const metrics = journeySurveyMetrics(after, 'j1');
    expect(metrics.cards.get('t1')!.nps!.score).toBe(0);
    expect(metrics.stages.get('s1')!.csat).toMatchObject({ n: 1, score: 100 });
  });

  it('lists every bad row by its spreadsheet row number and refuses the whole import', () => {
    const text = [
      LONG,
      'Lounge,NPS,9,,,,', // row 9: no such card
      'Search rooms,Loyalty,3,,,,', // row 10: unknown metric
      'Pay,CSAT,4,,,,', // row 11: two cards called Pay, no stage
      'Check in,CES,8,,,,', // row 12: CES runs 1-7
      'Check in,NPS,7,,,yesterday,', // row 13: not a day
    ].join('\n');
    const { result } = plan(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejected!.map((r) => [r.row, r.problems.map((p) => p.code)])).toEqual([
      [9, ['survey_unknown_card']],
      [10, ['survey_unknown_metric']],
      [11, ['survey_ambiguous_card']],
      [12, ['survey_bad_score']],
      [13, ['survey_bad_date']],
    ]);
    expect(result.error[2]!.message).toBe(
      'several touchpoints are called "Pay" (in "Book", "Stay"); add a Stage column to tell them apart',
    );
    expect(result.error[3]!.message).toBe(
      'the CES score "8" is not a whole number on its scale (1–7, 7 = easiest)',
    );
  });

  it('imports the good rows when told to skip the bad ones', () => {
    const { result } = plan(`${LONG}\nLounge,NPS,9,,,,`, true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rejected.map((r) => r.row)).toEqual([9]);
    expect(result.value.answerCount).toBe(7);
  });

  it('reads a UTF-8 BOM and semicolons', () => {
    const bytes = new TextEncoder().encode(
      '\uFEFFTouchpoint;Metric;Score\nSearch rooms;NPS;9\nCheck in;CES;7\n',
    );
    const { result } = plan(bytes);
    expect(result.ok && result.value.answerCount).toBe(2);
  });

  it('removes an import as a unit, quotes and its source with it, and undo brings it back', () => {
    const { doc, result } = plan(LONG);
    if (!result.ok) throw new Error('refused');
    const imported = applyOp(doc, { type: 'insertRows', rows: result.value.rows }).doc;
    const removal = applyOp(imported, removeSurveyImportOp(imported, result.value.importId));
    const gone = removal.doc;
    expect(Object.keys(gone.surveyImports)).toEqual([]);
    expect(Object.keys(gone.surveyAnswers)).toEqual([]);
    expect(Object.keys(gone.quotes)).toEqual([]);
    expect(Object.keys(gone.sources)).toEqual([]);
    expect(journeySurveyMetrics(gone, 'j1').cards.size).toBe(0);
    const back = applyOp(gone, removal.inverse).doc;
    expect(back).toEqual(imported);
  });

  it('travels in Wayline JSON with its source and quotes, ids minted anew', () => {
    const { doc, result } = plan(LONG);
    if (!result.ok) throw new Error('refused');
    const imported = applyOp(doc, { type: 'insertRows', rows: result.value.rows }).doc;
    const file = exportProjectJson(imported, { scope: 'journey', journeyId: 'j1' });
    const again = planJsonImport(file, emptyDoc('Empty', ''));
    if (!again.ok) throw new Error(again.error.map((p) => p.message).join('\n'));
    const { rows } = again.value;
    expect([rows.surveyImports?.length, rows.surveyAnswers?.length, rows.quotes?.length]).toEqual([
      1, 5, 2,
    ]);
    expect(rows.sources?.map((s) => s.kind)).toEqual(['survey']);
    expect(rows.surveyAnswers?.[0]?.id).not.toBe(result.value.rows.surveyAnswers[0]!.id);
  });

  it('deleting a card takes its answers along', () => {
    const { doc, result } = plan(LONG);
    if (!result.ok) throw new Error('refused');
    const imported = applyOp(doc, { type: 'insertRows', rows: result.value.rows }).doc;
    const without = applyOp(imported, { type: 'deleteRows', ids: { touchpoints: ['t5'] } }).doc;
    expect(Object.values(without.surveyAnswers).map((a) => a.cardId)).not.toContain('t5');
  });
});

describe('survey import, wide format', () => {
  const WIDE = [
    'Respondent,Search rooms - NPS,Check in: CES,Check in comments,Free text',
    'R1,9,6,Quick,whatever',
    'R2,,3,,',
    'R3,4,,Slow queue,',
  ].join('\n');

  it('guesses "<touchpoint> <metric>" headers; empty cells are unanswered questions', () => {
    const { result } = plan(WIDE);
    if (!result.ok) throw new Error(result.error.map((p) => p.message).join('\n'));
    const { rows } = result.value;
    expect(
      rows.surveyAnswers.map((a) => [
        a.cardId,
        a.metric,
        decodeScores(a.scores),
        listOf(a.respondents, '\n'),
      ]),
    ).toEqual([
      ['t1', 'nps', [9, 4], ['R1', 'R3']],
      ['t5', 'ces', [6, 3], ['R1', 'R2']],
    ]);
    expect(rows.quotes.map((q) => [q.cardId, q.text, q.who])).toEqual([
      ['t5', 'Quick', 'R1'],
      ['t5', 'Slow queue', 'R3'],
    ]);
  });

  it('takes a mapping made by hand, and names the column of a bad answer', () => {
    const mapping: SurveyMapping = {
      format: 'wide',
      columns: [
        { role: 'respondent' },
        { role: 'answer', cardId: 't3', metric: 'csat' },
        { role: 'ignore' },
        { role: 'ignore' },
        { role: 'ignore' },
      ],
    };
    const { result } = plan(WIDE, false, mapping);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // R1 answered 9 on a 1-5 CSAT.
    expect(result.rejected!.map((r) => r.row)).toEqual([2]);
    expect(result.error[0]).toMatchObject({ row: 2, column: 'Search rooms - NPS' });
  });
});
