import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cliSuite } from '../../test/unit/cliRunner';
import { fileState } from '../../test/unit/fixtures';
import { rowsOf, surveyDoc } from '../../test/unit/surveyFixture';
import { METRICS_COLUMNS } from '../../shared/export/metricsCsv';
import { decodeScores, listOf } from '../../shared/model/surveyEntities';
import { createProjectStore, openProjectStore } from '../backend/projectStore';

/** `wayline import FILE --survey` and `wayline export FILE --format metrics`, on real files. */

const { folder, wayline } = cliSuite('wayline-survey-');

/** `wayline import PROJECT --survey ANSWERS --journey Trip`, and any further flags. */
const importSurvey = (project: string, answers: string, ...flags: string[]) =>
  wayline('import', project, '--survey', answers, '--journey', 'Trip', ...flags);

function project(name: string): string {
  const path = join(folder(), name);
  createProjectStore(path, 'Survey test', new Date(), { rows: rowsOf(surveyDoc()) }).close();
  return path;
}

const GOOD = [
  'Touchpoint,Metric,Score,Respondent,Comment,Stage',
  'Search rooms,NPS,10,R1,Found it at once,',
  'Search rooms,NPS,9,R2,,',
  'Search rooms,NPS,3,R3,,',
  'Pay,CSAT,5,R1,,Book',
  'Pay,CSAT,3,R2,,Book',
  'Check in,CES,6,R1,,',
].join('\n');

describe('wayline import --survey', () => {
  it('refuses a file with bad rows, lists them by row number, and leaves the project as it was', async () => {
    const file = project('refused.wayline');
    writeFileSync(join(folder(), 'bad.csv'), `${GOOD}\nLounge,NPS,9,,,\nPay,CSAT,9,,,Book\n`);
    const before = fileState(file);
    const run = await importSurvey('refused.wayline', 'bad.csv');
    expect(run.code).toBe(1);
    expect(run.err).toContain('row 8: no touchpoint of this journey is called "Lounge"');
    expect(run.err).toContain('row 9, Score: the CSAT score "9" is not a whole number');
    expect(run.err).toContain('2 row(s) cannot be imported, so nothing was');
    expect(fileState(file)).toEqual(before);
  });

  it('imports the good rows with --skip-bad-rows, and exports the metrics CSV', async () => {
    const file = project('skipped.wayline');
    writeFileSync(join(folder(), 'some.csv'), `${GOOD}\nLounge,NPS,9,,,\n`);
    const run = await importSurvey('skipped.wayline', 'some.csv', '--skip-bad-rows');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Imported 6 answers to 3 touchpoints and 1 comments as quotes');
    const store = openProjectStore(file);
    expect(Object.values(store.doc.quotes).map((q) => q.text)).toEqual(['Found it at once']);
    store.close();

    const exported = await wayline(
      'export',
      'skipped.wayline',
      '--journey',
      'Trip',
      '--format',
      'metrics',
      '--out',
      'metrics.csv',
    );
    expect(exported.code, exported.err).toBe(0);
    const csv = Papa.parse<string[]>(readFileSync(join(folder(), 'metrics.csv'), 'utf8').trim());
    expect(csv.data[0]!.map((h) => h.replace(/^\uFEFF/, ''))).toEqual([...METRICS_COLUMNS]);
    // Search rooms: 2 promoters, 1 detractor of 3 -> NPS 33.33; mean (10 + 9 + 3) / 3 = 7.33.
    // Codes +1 +1 -1: m = 1/3, s^2 = (3 - 3/9) / 2 = 1.3333, se = 0.6667, half = 1.3067
    // -> -97.33 .. 100 (clamped from 163.99).
    expect(csv.data.slice(1)).toEqual([
      ['Trip', 'Book', 'Search rooms', 'NPS', '3', '7.33', '33.33', '-97.33', '100'],
      ['Trip', 'Book', 'Pay', 'CSAT', '2', '4', '50', '9.45', '90.55'],
      ['Trip', 'Book', 'Check in', 'CES', '1', '6', '6', '', ''],
      ['Trip', 'Book', '', 'NPS', '3', '7.33', '33.33', '-97.33', '100'],
      ['Trip', 'Book', '', 'CSAT', '2', '4', '50', '9.45', '90.55'],
      ['Trip', 'Book', '', 'CES', '1', '6', '6', '', ''],
    ]);
  });

  it('reads a workbook written by exceljs, dates as days', async () => {
    const file = project('xlsx.wayline');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Answers');
    sheet.addRow(['Touchpoint', 'Metric', 'Score', 'Date']);
    sheet.addRow(['Check in', 'CES', 5, new Date('2026-10-01T00:00:00Z')]);
    sheet.addRow(['Check in', 'Needs met', 'yes', new Date('2026-10-02T00:00:00Z')]);
    sheet.addRow([]);
    sheet.addRow(['Read reviews', 'CSAT', 7, null]);
    await workbook.xlsx.writeFile(join(folder(), 'answers.xlsx'));
    const before = fileState(file);
    const refused = await importSurvey('xlsx.wayline', 'answers.xlsx');
    expect(refused.code).toBe(1);
    // The empty spreadsheet row 4 still counts: the bad row is 5, as the spreadsheet shows it.
    expect(refused.err).toContain('row 5, Score: the CSAT score "7"');
    expect(fileState(file)).toEqual(before);
    const run = await importSurvey('xlsx.wayline', 'answers.xlsx', '--skip-bad-rows');
    expect(run.code, run.err).toBe(0);
    const store = openProjectStore(file);
    const answers = Object.values(store.doc.surveyAnswers).map((a) => [
      a.metric,
      decodeScores(a.scores),
      listOf(a.dates, ','),
    ]);
    store.close();
    expect(answers).toEqual([
      ['ces', [5], ['2026-10-01']],
      ['needsMet', [2], ['2026-10-02']],
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    const file = project('notxlsx.wayline');
    writeFileSync(join(folder(), 'fake.xlsx'), 'Touchpoint,Metric,Score\n');
    const before = fileState(file);
    const run = await importSurvey('notxlsx.wayline', 'fake.xlsx');
    expect(run.code).toBe(1);
    expect(run.err).toContain('not an Excel workbook');
    expect(fileState(file)).toEqual(before);
  });
});
