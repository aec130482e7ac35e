import { describe, expect, it } from 'vitest';
import { hotelDoc, withRows } from '../../test/unit/dataFixtures';
import { exportCsv } from '../export/csv';
import { emptyDoc, journeyList, lanesOf, stagesOf } from '../model/doc';
import { planCsvImport } from './csv';
import { rejectedRows } from '../../test/unit/rejections';

const empty = () => emptyDoc('Target', '2025-01-01T00:00:00Z');

function planned(text: string, target = empty(), options = {}) {
  const plan = planCsvImport(text, target, options);
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  return plan.value;
}

describe('CSV import', () => {
  it('re-importing an export gives back the same journey (same CSV, lanes in order)', () => {
    const source = hotelDoc();
    const csv = exportCsv(source);
    const plan = planned(csv);
    expect(plan.rejected).toEqual([]);
    const imported = withRows(empty(), plan.rows);
    expect(exportCsv(imported)).toBe(csv);
    const [journey] = journeyList(imported);
    expect(journey!.name).toBe(journeyList(source)[0]!.name);
    // The emotion curve lane has no rows in a CSV, and is put back under the touchpoints.
    expect(lanesOf(imported, journey!.id).map((l) => l.kind)).toEqual(
      lanesOf(source, journeyList(source)[0]!.id).map((l) => l.kind),
    );
    expect(plan.summary).toMatchObject({ journeys: 1, stages: 5, cesConverted: 0 });
  });

  it('takes a known separator and a place for rows without stage or lane columns', () => {
    const target = hotelDoc();
    const journey = journeyList(target)[0]!;
    // One column, commas inside: read with the tab the caller names, not guessed from the header.
    const plan = planned('Title\r\nChecks out, late\r\n', target, {
      journeyId: journey.id,
      read: { delimiter: '\t', placeDefaults: { stage: 'Stay', lane: 'Pain points' } },
    });
    const [card] = plan.rows.touchpoints!;
    expect(card!.title).toBe('Checks out, late');
    const stay = stagesOf(target, journey.id).find((s) => s.name === 'Stay')!;
    const pains = lanesOf(target, journey.id).find((l) => l.name === 'Pain points')!;
    expect([card!.stageId, card!.laneId]).toEqual([stay.id, pains.id]);
  });

  it('adds to an existing journey: matching stages and lanes by name, new ones after', () => {
    const target = hotelDoc();
    const journey = journeyList(target)[0]!;
    const csv = 'stage,LANE,Title\r\nplan,touchpoints,Extra card\r\nDebrief,Risks,Retro\r\n';
    const plan = planned(csv, target, { journeyId: journey.id });
    expect(plan.summary).toMatchObject({ journeys: 0, stages: 1, lanes: 1, touchpoints: 2 });
    const after = withRows(target, plan.rows);
    expect(stagesOf(after, journey.id).at(-1)!.name).toBe('Debrief');
    const risks = lanesOf(after, journey.id).at(-1)!;
    expect(risks).toMatchObject({ name: 'Risks', kind: 'text' });
    const plan1 = stagesOf(after, journey.id)[0]!;
    const touchpointsLane = lanesOf(after, journey.id).find((l) => l.kind === 'touchpoints')!;
    const cell = Object.values(after.touchpoints)
      .filter((t) => t.stageId === plan1.id && t.laneId === touchpointsLane.id)
      .sort((a, b) => (a.orderKey < b.orderKey ? -1 : 1));
    expect(cell.at(-1)!.title).toBe('Extra card');
  });

  it('matches headers in any order and case, with aliases; names lane kinds from their names', () => {
    const csv =
      'MOT,Title,moment_of_truth_ignored,Phase,Swim-lane,Feeling,Effort\n' +
      'yes,Pay,,Buy,Pain points,Very negative,High\n';
    const plan = planned(csv, empty(), { journeyName: 'From file.csv' });
    expect(plan.rows.journeys![0]!.name).toBe('From file.csv');
    expect(plan.rows.lanes!.map((l) => l.kind)).toEqual(['painPoints']);
    // A pain point is a note: the emotion and effort cells given for it are dropped.
    expect(plan.rows.touchpoints![0]).toMatchObject({
      title: 'Pay',
      momentOfTruth: true,
      emotion: null,
      effort: null,
    });
    expect(plan.warnings.join()).toMatch(/Columns ignored: moment_of_truth_ignored/);
    const touchpoint = planned(csv.replace('Pain points', 'Touchpoints'), empty());
    expect(touchpoint.rows.touchpoints![0]).toMatchObject({ emotion: -2, effort: 6 });
  });

  it('reads empty emotion and effort cells as not rated, and export writes them back empty', () => {
    const csv = 'Title,Stage,Emotion,Effort\nA,S,,\nB,S,1,\nC,S,,2\n';
    const plan = planned(csv);
    expect(plan.rows.touchpoints!.map((t) => [t.emotion, t.effort])).toEqual([
      [null, null],
      [1, null],
      [null, 2],
    ]);
    const doc = withRows(empty(), plan.rows);
    const out = exportCsv(doc).split('\r\n');
    const header = out[0]!.split(',');
    const [emotion, effort] = [header.indexOf('Emotion'), header.indexOf('Effort')];
    expect(
      out
        .slice(1, 4)
        .map((line) => line.split(','))
        .map((c) => [c[emotion], c[effort]]),
    ).toEqual([
      ['', ''],
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('converts CES 2.0 answers to effort as 8 - ces and says so', () => {
    const csv = 'Title,Stage,CES\nA,S,7\nB,S,1\nC,S,\n';
    const plan = planned(csv);
    // An empty cell is not rated, not 'moderate'.
    expect(plan.rows.touchpoints!.map((t) => t.effort)).toEqual([1, 7, null]);
    expect(plan.summary.cesConverted).toBe(2);
    expect(plan.warnings.join()).toMatch(/converted from CES 2.0 answers .* effort = 8 − CES/);
  });

  it('rejects bad rows with their spreadsheet row number (header = row 1) and keeps the rest', () => {
    const csv = [
      'Title,Stage,Emotion,Effort,Tags',
      'Good,S,1,2,a; b',
      'Bad emotion,S,3,2,',
      '',
      'Bad effort,S,0,9,',
      `${'x'.repeat(501)},S,0,1,`,
      ',S,0,1,',
      'Good too,S,-2,,',
    ].join('\r\n');
    const plan = planned(csv);
    expect(rejectedRows(plan.rejected)).toEqual([
      { row: 3, codes: ['bad_emotion'], reason: 'emotion "3" is not a whole number from -2 to 2' },
      { row: 5, codes: ['bad_effort'], reason: 'effort "9" is not a whole number from 1 to 7' },
      {
        row: 6,
        codes: ['text_too_long'],
        reason: 'the title is 501 characters; the most is 500',
      },
      { row: 7, codes: ['no_title'], reason: 'it has no title' },
    ]);
    expect(plan.rows.touchpoints!.map((t) => t.title)).toEqual(['Good', 'Good too']);
    expect(plan.rows.touchpoints![0]!.tags).toEqual(['a', 'b']);
  });

  it('makes one emotion curve lane of two names for it, and rejects their rows', () => {
    const plan = planned('Title,Stage,Lane\nA,S,Emotion curve\nB,S,emotion\nC,S,Touchpoints\n');
    expect(plan.rows.lanes!.filter((l) => l.kind === 'emotion')).toHaveLength(1);
    expect(plan.rejected.map((r) => r.row)).toEqual([2, 3]);
  });

  it('rejects cards for the emotion curve lane, which holds none', () => {
    const plan = planned('Title,Stage,Lane\nA,S,Emotion curve\nB,S,Touchpoints\n');
    expect(rejectedRows(plan.rejected)).toEqual([
      { row: 2, codes: ['lane_without_cards'], reason: expect.stringMatching(/emotion curve/) },
    ]);
    expect(plan.summary.touchpoints).toBe(1);
  });

  it('orders cards in a cell by the order column', () => {
    const plan = planned('Title,Stage,Order\nThird,S,3\nFirst,S,1\nSecond,S,2\n');
    const sorted = [...plan.rows.touchpoints!].sort((a, b) => (a.orderKey < b.orderKey ? -1 : 1));
    expect(sorted.map((t) => t.title)).toEqual(['First', 'Second', 'Third']);
  });

  it('makes one new journey per journey name of a whole-project CSV', () => {
    const csv = 'Journey,Title,Stage\nOne,x,S\nTwo,y,S\none,z,T\n';
    const plan = planned(csv);
    expect(plan.rows.journeys!.map((j) => j.name)).toEqual(['One', 'Two']);
  });

  it('refuses a file without a title column, naming the columns it has', () => {
    const plan = planCsvImport('Name of thing;Stage\nx;y\n', empty());
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.error).toEqual([
        {
          code: 'no_title_column',
          row: 1,
          message: 'The CSV has no Title column in its first row (it has: Name of thing, Stage).',
        },
      ]);
    }
  });
});
