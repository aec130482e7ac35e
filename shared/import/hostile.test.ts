import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { hotelDoc } from '../../test/unit/dataFixtures';
import { WAYLINE_APPLICATION_ID as STORE_APPLICATION_ID } from '../../electron/backend/projectFile';
import { createProjectStore } from '../../electron/backend/projectStore';
import { exportProjectJson } from '../export/json';
import { emptyDoc } from '../model/doc';
import { planCsvImport } from './csv';
import { DEFAULT_IMPORT_MAX_BYTES, WAYLINE_APPLICATION_ID } from './guards';
import { planJsonImport } from './json';
import { problemLine } from './problems';
import { rejectionText } from './csvRejection';

/** Hostile input: every kind of bad file is refused with a reason, and nothing is polluted. */

const target = () => emptyDoc('Target', '2025-01-01T00:00:00Z');
const exported = () => JSON.parse(exportProjectJson(hotelDoc(), { scope: 'project' }));
const dir = mkdtempSync(join(tmpdir(), 'wayline-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function jsonErrors(input: string | Uint8Array): string[] {
  const plan = planJsonImport(input, target());
  expect(plan.ok).toBe(false);
  return plan.ok ? [] : plan.error.map(problemLine);
}

function csvErrors(input: string | Uint8Array): string[] {
  const plan = planCsvImport(input, target());
  expect(plan.ok).toBe(false);
  return plan.ok ? [] : plan.error.map(problemLine);
}

/** Bytes of a real SQLite file, made by SQLite itself. */
function sqliteBytes(name: string, applicationId?: number): Uint8Array {
  const path = join(dir, name);
  const db = new Database(path);
  if (applicationId !== undefined) db.pragma(`application_id = ${applicationId}`);
  db.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (\'{"format":"wayline"}\')');
  db.close();
  return readFileSync(path);
}

describe('hostile JSON imports', () => {
  it('refuses a file over the size limit before parsing it, and says the limit', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"format":"wayline","pad":"${'x'.repeat(DEFAULT_IMPORT_MAX_BYTES)}"}`;
    expect(jsonErrors(huge).join()).toMatch(/larger than 20 MB.*\[too_large\]/);
    expect(jsonErrors(new Uint8Array(1024))).toHaveLength(1); // under the limit: other reasons
    const small = planJsonImport(exportProjectJson(hotelDoc(), { scope: 'project' }), target(), {
      maxBytes: 1000,
    });
    expect(small.ok ? '' : small.error[0]!.message).toMatch(/larger than 1000 bytes/);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reports malformed JSON with the parser’s position', () => {
    expect(jsonErrors('{"format": "wayline", "formatVersion": 1,').join()).toMatch(
      /not valid JSON: .*(position|line).*\[not_json\]/,
    );
  });

  it('drops __proto__, constructor and prototype keys and leaves Object.prototype untouched', () => {
    const file = exported();
    const text = JSON.stringify(file)
      .replace(
        '{',
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
      )
      .replace('"title":', '"__proto__":{"isAdmin":true},"title":');
    const plan = planJsonImport(text, target());
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.warnings.join()).toMatch(
      /4 key\(s\) named __proto__, constructor or prototype/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const t of plan.value.rows.touchpoints!)
      expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
  });

  it('refuses wrong types and unknown keys, naming the field', () => {
    const file = exported();
    file.touchpoints[0].emotion = '2';
    file.touchpoints[1].title = 42;
    file.stages[0].colour = '#ffffff';
    expect(jsonErrors(JSON.stringify(file))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^touchpoints\[0\]\.emotion: .*number/),
        expect.stringMatching(/^touchpoints\[1\]\.title: .*string/),
        expect.stringMatching(/^stages\[0\]: .*colour/),
      ]),
    );
  });

  it('refuses out-of-range emotion and effort', () => {
    const file = exported();
    file.touchpoints[0].emotion = 3;
    file.touchpoints[1].effort = 0;
    file.touchpoints[2].effort = 4.5;
    const errors = jsonErrors(JSON.stringify(file));
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      'touchpoints[0].emotion',
      'touchpoints[1].effort',
      'touchpoints[2].effort',
    ]);
  });

  it('refuses strings over the model’s limits', () => {
    const file = exported();
    file.touchpoints[0].title = 'x'.repeat(501);
    file.touchpoints[1].description = 'y'.repeat(20_001);
    file.touchpoints[2].tags = Array.from({ length: 31 }, (_, i) => `tag${i}`);
    expect(jsonErrors(JSON.stringify(file)).map((e) => e.split(':')[0])).toEqual([
      'touchpoints[0].title',
      'touchpoints[1].description',
      'touchpoints[2].tags',
    ]);
  });

  it('refuses 100,000-deep nesting without overflowing the stack; brackets in strings do not count', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(jsonErrors(deep).join()).toMatch(
      /^character 33: .*nests deeper than 32 levels.*\[too_deep\]$/,
    );
    expect(jsonErrors(`{"a":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_001)}`)).toHaveLength(1);
    expect(parse).not.toHaveBeenCalled();
    const file = exported();
    file.touchpoints[0].title = `"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{`;
    expect(planJsonImport(JSON.stringify(file), target()).ok).toBe(true);
  });

  it('refuses binary data: NUL bytes, and bytes that are not UTF-8', () => {
    expect(jsonErrors('{"format":"wayline"}\u0000\u0001').join()).toMatch(
      /binary data \(a NUL byte.*\[binary\]/,
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]);
    expect(jsonErrors(png).join()).toMatch(/not UTF-8 text.*\[not_utf8\]/);
  });

  it('refuses a SQLite file, telling a Wayline project from another database', () => {
    expect(WAYLINE_APPLICATION_ID).toBe(STORE_APPLICATION_ID);
    const projectPath = join(dir, 'real.wayline');
    createProjectStore(projectPath, 'Real').close();
    expect(jsonErrors(readFileSync(projectPath)).join()).toMatch(
      /Wayline project file, not an export: open it with File > Open instead\. \[wayline_project\]/,
    );
    expect(jsonErrors(sqliteBytes('other.db')).join()).toMatch(
      /database file \(SQLite\), not Wayline JSON: a Wayline project opens with File > Open.*\[database_file\]/,
    );
    const asText = new TextDecoder().decode(sqliteBytes('text.db'));
    expect(jsonErrors(asText).join()).toMatch(/database file/);
  });
});

describe('hostile CSV imports', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const parse = vi.spyOn(Papa, 'parse');
    const huge = `Title\n${'x,'.repeat(DEFAULT_IMPORT_MAX_BYTES / 2 + 1)}`;
    expect(csvErrors(huge).join()).toMatch(/larger than 20 MB, the most a CSV import takes/);
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses binary data and SQLite files', () => {
    expect(csvErrors('Title\nA\u0000B\n').join()).toMatch(/binary data/);
    // Not UTF-8 and holding control bytes: no code page makes text of it.
    expect(csvErrors(new Uint8Array([0x54, 0xc3, 0x28, 0x01, 0x02])).join()).toMatch(/not UTF-8/);
    expect(csvErrors(sqliteBytes('csv.db', WAYLINE_APPLICATION_ID)).join()).toMatch(
      /Wayline project file/,
    );
  });

  it("reads a spreadsheet's Windows-1252 or UTF-16 CSV, and says which it assumed", () => {
    // "Title\nCafé" as Excel on Windows saves it: é is the single byte 0xE9.
    const cp1252 = new Uint8Array([...new TextEncoder().encode('Title\nCaf'), 0xe9, 0x0a]);
    const plan = planCsvImport(cp1252, target());
    expect(plan.ok).toBe(true);
    if (plan.ok) {
      expect(plan.value.rows.touchpoints?.[0]?.title).toBe('Café');
      expect(plan.value.warnings.join()).toMatch(/Windows-1252/);
    }
    const text = 'Title\nNaïve\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    const wide = planCsvImport(utf16, target());
    expect(wide.ok && wide.value.rows.touchpoints?.[0]?.title).toBe('Naïve');
  });

  it('takes ";" and tab as the separator when the header line uses them', () => {
    for (const sep of [';', '\t']) {
      const plan = planCsvImport(['Title', 'Stage'].join(sep) + '\nA' + sep + 'S\n', target());
      expect(plan.ok && plan.value.rows.touchpoints?.map((t) => t.title)).toEqual(['A']);
    }
  });

  it('a "Name" column (a survey\'s respondent) is not taken for the title', () => {
    const plan = planCsvImport('Name,Touchpoint,Stage\nAna,Calls support,S\n', target());
    expect(plan.ok && plan.value.rows.touchpoints?.[0]?.title).toBe('Calls support');
  });

  it('a __proto__ or constructor header pollutes nothing and is ignored', () => {
    const plan = planCsvImport('Title,__proto__,constructor\nA,{"polluted":1},x\n', target());
    expect(plan.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (plan.ok)
      expect(plan.value.warnings.join()).toMatch(/Columns ignored: __proto__, constructor/);
  });

  it('rejects rows with wrong types, out-of-range values and huge strings, by row number', () => {
    const csv = [
      'Title,Stage,Emotion,Effort,Moment of truth,Description',
      'ok,S,0,4,no,',
      'words,S,happy,4,no,',
      'range,S,-3,8,no,',
      'flag,S,0,4,maybe,',
      `huge,S,0,4,no,${'d'.repeat(20_001)}`,
    ].join('\n');
    const plan = planCsvImport(csv, target());
    expect(plan.ok && plan.value.rejected.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    const problems = (plan.ok ? plan.value.rejected : []).map((r) =>
      r.problems.map((p) => [p.row, p.column, p.code]),
    );
    expect(problems).toEqual([
      [[3, 'Emotion', 'bad_emotion']],
      [
        [4, 'Emotion', 'bad_emotion'],
        [4, 'Effort', 'bad_effort'],
      ],
      [[5, 'Moment of truth', 'bad_flag']],
      [[6, 'Description', 'text_too_long']],
    ]);
    expect(plan.ok && rejectionText(plan.value.rejected[1]!)).toBe(
      'emotion "-3" is not a whole number from -2 to 2; effort "8" is not a whole number from 1 to 7',
    );
    expect(plan.ok && plan.value.summary.touchpoints).toBe(1);
  });

  it('takes formula-like cells as text, stripping only the apostrophe the export adds', () => {
    const plan = planCsvImport(`Title,Owner\n"'=cmd|' /C calc'!A0",=SUM(A1)\n`, target());
    expect(plan.ok && plan.value.rows.touchpoints![0]).toMatchObject({
      title: "=cmd|' /C calc'!A0",
      owner: '=SUM(A1)',
    });
  });

  it('rejects a row whose quotes never close instead of swallowing the file silently', () => {
    const plan = planCsvImport('Title,Stage\nA,S\n"B,S\nC,S\n', target());
    expect(plan.ok && plan.value.rejected).toEqual([
      {
        row: 3,
        problems: [
          {
            code: 'runaway_quote',
            row: 3,
            message: expect.stringMatching(/quote opens in this row and never closes/),
          },
        ],
      },
    ]);
    expect(plan.ok && plan.value.rows.touchpoints!.map((t) => t.title)).toEqual(['A', 'C']);
  });
});
