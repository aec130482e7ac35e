import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hotelDoc, withRows } from '../../test/unit/dataFixtures';
import { emptyDoc, journeyList } from '../model/doc';
import { makeJourney, makeLane, makeStage, makeTouchpoint } from '../model/factories';
import { CSV_COLUMNS, exportCsv, guardFormula, unguardFormula } from './csv';

function tinyDoc(title: string, extra: Record<string, unknown> = {}) {
  return withRows(emptyDoc('p', 'now'), {
    journeys: [makeJourney({ id: 'j', name: 'Trip', orderKey: 'a0' })],
    stages: [
      { ...makeStage({ id: 's', journeyId: 'j', name: 'Book', color: '#4c6ef5' }), orderKey: 'a0' },
    ],
    lanes: [
      {
        ...makeLane({ id: 'l', journeyId: 'j', kind: 'touchpoints', name: 'Touchpoints' }),
        orderKey: 'a0',
      },
    ],
    touchpoints: [
      {
        ...makeTouchpoint({ id: 't', journeyId: 'j', stageId: 's', laneId: 'l', title }),
        orderKey: 'a0',
        ...extra,
      },
    ],
  });
}

describe('CSV export', () => {
  it('writes a BOM, a header, one CRLF-ended row per card, quoting as RFC 4180 needs', () => {
    const csv = exportCsv(
      tinyDoc('Pay, then "confirm"', {
        description: 'line one\nline two',
        emotion: -2,
        effort: 6,
        needsMet: 'partly',
        feeling: 'anxious',
        momentOfTruth: true,
        tags: ['payment', 'mobile'],
      }),
    );
    expect(csv.startsWith('\uFEFFJourney,Stage,Lane,Order,Title,')).toBe(true);
    expect(csv).toBe(
      '\uFEFF' +
        `${CSV_COLUMNS.join(',')}\r\n` +
        'Trip,Book,Touchpoints,1,"Pay, then ""confirm""","line one\nline two",,-2,6,Partly met,anxious,yes,,"payment; mobile",,,0,,No evidence,\r\n',
    );
  });

  it('re-reads with the CSV library into the same cards, one row per card of the worked example', () => {
    const doc = hotelDoc();
    const parsed = Papa.parse<Record<string, string>>(exportCsv(doc).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(Object.keys(doc.touchpoints).length);
    const first = parsed.data[0]!;
    expect(first.Journey).toBe(journeyList(doc)[0]!.name);
    expect(first.Stage).toBe('Plan');
    expect(first.Order).toBe('1');
    const titles = new Set(Object.values(doc.touchpoints).map((t) => t.title));
    for (const row of parsed.data) expect(titles.has(unguardFormula(row.Title!))).toBe(true);
  });

  it('guards cells a spreadsheet would run as formulas, and only text cells', () => {
    const csv = exportCsv(
      tinyDoc('=HYPERLINK("http://evil","x")', { owner: '@ops', emotion: -1, feeling: '+sad' }),
    );
    const [, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(row![4]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row![12]).toBe("'@ops");
    expect(row![10]).toBe("'+sad");
    expect(row![7]).toBe('-1');
  });

  it('the formula guard round-trips exactly, apostrophes included', () => {
    for (const s of ['=1+1', '+3', '-x', '@a', '\tx', "'=a", "''+b", "'plain", 'plain', '']) {
      expect(unguardFormula(guardFormula(s))).toBe(s);
      expect(guardFormula(s)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('guards formulas after every separator, so no reader splitting on , ; or tab gets one', () => {
    const hostile = [
      'x;=1+1;',
      'a\t=cmd|/C calc!A0',
      ',@SUM(1)',
      ';=1',
      'one\r\n=2',
      'semi;+3;-4;@5',
      'tab\t\t=6',
      '"q";=7',
    ];
    const doc = tinyDoc(hostile[0]!, {
      description: hostile[1],
      owner: hostile[2],
      channel: hostile[3],
      evidence: hostile[4],
      tags: [hostile[5], hostile[6], hostile[7]],
      emotion: -2,
    });
    const csv = exportCsv(doc).slice(1);
    const isNumber = (cell: string) => /^-?\d+$/.test(cell);
    const formulaCells = (cells: string[]) =>
      cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !isNumber(c));
    for (const delimiter of [',', ';', '\t']) {
      const parsed = Papa.parse<string[]>(csv, { delimiter, newline: '\r\n' });
      expect(formulaCells(parsed.data.flat()), `read with ${JSON.stringify(delimiter)}`).toEqual(
        [],
      );
      // A reader that ignores quotes altogether and splits every line.
      const naive = csv.split(/\r\n|\n|\r/).flatMap((l) => l.split(delimiter));
      expect(formulaCells(naive.map((c) => c.replace(/^"/, '')))).toEqual([]);
    }
    // Cells holding a semicolon or tab are quoted too, for readers that honour quotes.
    expect(csv).toContain(`"x;'=1+1;"`);
    // And the importer gets back every character.
    const back = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    const row = back.data[0]!;
    expect(unguardFormula(row.Title!)).toBe(hostile[0]);
    expect(unguardFormula(row.Description!)).toBe(hostile[1]);
    expect(unguardFormula(row.Evidence!)).toBe(hostile[4]);
    expect(unguardFormula(row.Tags!)).toBe(hostile.slice(5).join('; '));
  });

  it('the guard round-trips any text and leaves no formula start after a separator', () => {
    const tricky = fc.constantFrom(...',;\t\r\n\'=+-@"x ');
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        const guarded = guardFormula(text);
        expect(unguardFormula(guarded)).toBe(text);
        expect(guarded).not.toMatch(/(^|[,;\t\r\n])[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('exports one journey when asked', () => {
    const doc = withRows(hotelDoc(), {
      journeys: [makeJourney({ id: 'other', name: 'Other', orderKey: 'a5' })],
    });
    const rows = exportCsv(doc, { journeyId: 'other' }).trim().split('\r\n');
    expect(rows).toHaveLength(1);
  });
});
