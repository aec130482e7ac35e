import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../model/doc';
import { planCsvImport } from './csv';
import { rejectionText } from './csvRejection';
import { rejectedRows } from '../../test/unit/rejections';
import { splitCsvRecords } from './csvRecords';

/** A header and 100 card rows (spreadsheet rows 2 to 101), with some rows replaced. */
function hundredRows(replace: Record<number, string> = {}, newline = '\n'): string {
  const lines = ['Title,Stage'];
  for (let row = 2; row <= 101; row++) lines.push(replace[row] ?? `Card ${row},Stage ${row % 5}`);
  return lines.join(newline) + newline;
}

function plan(text: string) {
  const result = planCsvImport(text, emptyDoc('Target', '2025-01-01T00:00:00Z'));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const titlesExcept = (...rows: number[]) =>
  Array.from({ length: 100 }, (_, i) => i + 2)
    .filter((row) => !rows.includes(row))
    .map((row) => `Card ${row}`);

describe('a quote that runs on past its row', () => {
  it('one unbalanced quote: reports its row and the 98 rows it took, and keeps those rows', () => {
    const result = plan(hundredRows({ 3: '"Card 3,Stage 3' }));
    expect(rejectedRows(result.rejected)).toEqual([
      {
        row: 3,
        codes: ['runaway_quote'],
        reason:
          'a quote opens in this row and never closes, so it swallowed the 98 rows after it (to the end of the file); this row is left out and the rows after it are read on their own',
      },
    ]);
    const titles = result.rows.touchpoints!.map((t) => t.title);
    expect(titles).toHaveLength(99);
    expect(new Set(titles)).toEqual(new Set(titlesExcept(3)));
  });

  it('counts CRLF lines the same way, and a quote in the last row takes nothing after it', () => {
    const early = plan(hundredRows({ 50: 'Card 50,"Stage' }, '\r\n'));
    expect(rejectedRows(early.rejected)).toEqual([
      {
        row: 50,
        codes: ['runaway_quote'],
        reason: expect.stringContaining('swallowed the 51 rows after it'),
      },
    ]);
    expect(early.rows.touchpoints).toHaveLength(99);
    const last = plan(hundredRows({ 101: '"Card 101,S' }));
    expect(rejectedRows(last.rejected)).toEqual([
      {
        row: 101,
        codes: ['runaway_quote'],
        reason: expect.stringContaining('swallowed the 0 rows after it'),
      },
    ]);
    expect(last.rows.touchpoints).toHaveLength(99);
  });

  it('two stray quotes: each is its own rejected row, the rows between them and after stay', () => {
    const result = plan(hundredRows({ 10: '"Best" hotel,S', 60: '"Other" place,S' }));
    expect(result.rejected.map((r) => r.row)).toEqual([10, 60]);
    expect(result.rejected.map((r) => r.problems.map((p) => p.code))).toEqual([
      ['runaway_quote'],
      ['runaway_quote'],
    ]);
    expect(rejectionText(result.rejected[0]!)).toMatch(/never closes, so it swallowed the 91 rows/);
    expect(rejectionText(result.rejected[1]!)).toMatch(/never closes, so it swallowed the 41 rows/);
    expect(result.rows.touchpoints!.map((t) => t.title)).toHaveLength(98);
  });

  it('a quote closed only by a stray quote 50 rows down: reports the span, keeps the rows', () => {
    const result = plan(hundredRows({ 10: '"Best" hotel,S', 60: 'Card 60",S' }));
    expect(rejectedRows(result.rejected)).toEqual([
      {
        row: 10,
        codes: ['runaway_quote'],
        reason: expect.stringMatching(/closes only 50 rows further down, swallowing the rows/),
      },
    ]);
    const titles = result.rows.touchpoints!.map((t) => t.title);
    expect(titles).toHaveLength(99);
    // The closing quote, on its own, is just a character in a cell.
    expect(titles).toContain('Card 60"');
  });

  it('keeps real multi-line cells and row numbers as a spreadsheet counts them', () => {
    const { records, runaways, malformed } = splitCsvRecords(
      'Title,Description\r\nA,"one\r\ntwo"\r\n"B ""quoted""",x\r\nC,y\r\n',
      ',',
    );
    expect(runaways).toEqual([]);
    expect(malformed).toEqual([]);
    expect(records.map((r) => [r.row, r.cells])).toEqual([
      [1, ['Title', 'Description']],
      [2, ['A', 'one\r\ntwo']],
      [3, ['B "quoted"', 'x']],
      [4, ['C', 'y']],
      [5, ['']],
    ]);
  });

  it('a stray quote closed on its own line is that row only, as malformed', () => {
    const result = plan(hundredRows({ 7: '"Card 7" x",S' }));
    expect(rejectedRows(result.rejected)).toEqual([
      {
        row: 7,
        codes: ['malformed_quotes'],
        reason: expect.stringMatching(/^its quotes are malformed/),
      },
    ]);
    expect(result.rows.touchpoints).toHaveLength(99);
  });

  it('past 10 such quotes reports the rest unread instead of reading it again and again', () => {
    const lines = ['Title,Stage', 'Good,S'];
    for (let i = 0; i < 20_000; i++) lines.push(`"Card ${i} with a stray quote,S`);
    const started = performance.now();
    const { records, runaways } = splitCsvRecords(lines.join('\n') + '\n', ',');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(records.map((r) => r.row)).toEqual([1, 2]);
    expect(runaways.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(runaways.at(-1)!.problems.map((p) => p.code)).toEqual(['rows_unread']);
    expect(rejectionText(runaways.at(-1)!)).toMatch(
      /^this row and the 19989 after it were not read: more than 10 quotes/,
    );
  });

  it('refuses a file whose header has a quote that never closes', () => {
    const result = planCsvImport('"Title,Stage\nA,S\n', emptyDoc('T', '2025-01-01T00:00:00Z'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((p) => p.code)).toEqual(['header_quote']);
    if (!result.ok) expect(result.error[0]!.message).toMatch(/header\) has a quote/);
  });
});
