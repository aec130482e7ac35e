import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { backlogRowsFixture } from '../../test/unit/backlogFixture';
import { cliSuite } from '../../test/unit/cliRunner';
import { OPPORTUNITY_COLUMNS } from '../../shared/export/opportunities';
import { fileState } from '../../test/unit/fixtures';
import { createProjectStore } from '../backend/projectStore';

/** `wayline export FILE --format opportunities` (and its spreadsheet twin) on a real project. */

let project: string;
const { folder, wayline } = cliSuite('wayline-backlog-', (dir) => {
  project = join(dir, 'Hotel.wayline');
  const store = createProjectStore(project, 'Hotel');
  // The starter journey goes; the fixture's two journeys with their opportunities come in.
  store.apply([{ type: 'deleteRows', ids: { journeys: Object.keys(store.doc.journeys) } }]);
  store.apply([{ type: 'insertRows', rows: backlogRowsFixture() }]);
  store.close();
});

describe('wayline export --format opportunities', () => {
  it('writes the CSV of the whole project without asking which journey', async () => {
    const before = fileState(project);
    const run = await wayline('export', 'Hotel.wayline', '--format', 'opportunities');
    expect(run.code, run.err).toBe(0);
    const out = join(folder(), 'Hotel opportunities.csv');
    expect(run.out).toContain(`Wrote ${out}`);
    const parsed = Papa.parse<Record<string, string>>(
      readFileSync(out, 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.journey, r.title, r.status, r.priority])).toEqual([
      ['Booking', 'Show total price', 'Planned', '2'],
      ['Booking', "'=cmd|' /C calc'!A0", 'Idea', ''],
      ['Stay', 'Mobile key', 'Shipped', '1'],
    ]);
    expect(parsed.data[0]!.touchpoints).toBe('Checkout; Confirmation email');
    // Exporting reads the project and leaves it as it was.
    expect(fileState(project)).toEqual(before);
  });

  it('writes the same backlog as XLSX, numbers as numbers, text never a formula', async () => {
    const run = await wayline(
      'export',
      'Hotel.wayline',
      '--format',
      'opportunities-xlsx',
      '--out',
      'backlog.xlsx',
    );
    expect(run.code, run.err).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder(), 'backlog.xlsx'));
    const sheet = workbook.getWorksheet('Opportunities')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    // Row arrays are 1-based in exceljs: index 0 is empty.
    // The headers' order is pinned in shared/export/opportunities.test.ts.
    expect(rows[0]!.slice(1)).toEqual(OPPORTUNITY_COLUMNS.map((c) => c.header));
    expect(rows[1]!.slice(1)).toEqual([
      'Booking',
      'Search',
      'Show total price',
      'Planned',
      'Ana',
      5,
      2,
      2,
      '2027-03-31',
      'WEB-42',
      'Hidden fees',
      'Checkout; Confirmation email',
    ]);
    const risky = sheet.getRow(3).getCell(3);
    expect(risky.type).toBe(ExcelJS.ValueType.String);
    expect(risky.value).toBe("=cmd|' /C calc'!A0");
    expect(rows[3]!.slice(1, 9)).toEqual(['Stay', 'Arrive', 'Mobile key', 'Shipped', '', 4, 4, 1]);
  });
});
