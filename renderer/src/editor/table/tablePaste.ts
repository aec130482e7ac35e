import { fieldOfHeader } from '../../../../shared/import/csvColumns';
import { type CsvImportPlan, planCsvImport } from '../../../../shared/import/csv';
import type { CsvRejection } from '../../../../shared/import/csvRejection';
import { splitCsvRecords } from '../../../../shared/import/csvRecords';
import { problem, type Problem } from '../../../../shared/import/problems';
import type { ProjectDoc } from '../../../../shared/model/types';
import { TABLE_COLUMNS, type ColumnId } from './tableColumns';

/** Spreadsheets put cells on the clipboard tab-separated, one line a row, quoted where needed. */
const TAB = '\t';

export interface TablePasteOptions {
  journeyId: string;
  /** The column of the active cell: a paste without a header fills columns from here rightwards. */
  startColumn: ColumnId;
  /** Where rows go when the pasted cells have no stage or lane: the active row's. */
  stage?: string;
  lane?: string;
  makeId?: () => string;
}

/** Whether the first pasted line is a header: one of its cells names the title column. */
function hasHeaderRow(text: string): boolean {
  const first = splitCsvRecords(text, TAB).records[0]?.cells ?? [];
  return first.some((cell) => fieldOfHeader(cell) === 'title');
}

/** How many cells the widest pasted line has. */
function widestRow(text: string): number {
  return Math.max(0, ...splitCsvRecords(text, TAB).records.map((r) => r.cells.length));
}

/** Rows renumbered: `shift` is -1 when the header row was ours, so row 1 is the first pasted line. */
function renumber(problems: Problem[], shift: number): Problem[] {
  return problems.map((p) => (p.row === undefined ? p : { ...p, row: p.row + shift }));
}

const renumberRow = (r: CsvRejection, shift: number): CsvRejection => ({
  row: r.row + shift,
  problems: renumber(r.problems, shift),
});

/**
 * What pasting spreadsheet rows into the table adds: the CSV import's plan (the same reading,
 * checks, new stages and lanes, one insertRows op), into the shown journey. With a header row
 * the columns are named by it and rows are numbered as in the spreadsheet (the header is row
 * 1); without one, the cells fill the table's columns from the active one rightwards, and row 1
 * is the first pasted line.
 */
export function planTablePaste(
  text: string,
  doc: ProjectDoc,
  options: TablePasteOptions,
): CsvImportPlan {
  const body = text.replace(/(\r\n|\n|\r)$/, '');
  const read = { delimiter: TAB, placeDefaults: { stage: options.stage, lane: options.lane } };
  const csvOptions = { journeyId: options.journeyId, read, makeId: options.makeId };
  if (hasHeaderRow(body)) return planCsvImport(body, doc, csvOptions);

  const start = TABLE_COLUMNS.findIndex((c) => c.id === options.startColumn);
  const columns = TABLE_COLUMNS.slice(Math.max(0, start));
  const width = widestRow(body);
  const named = columns.slice(0, width);
  if (!named.some((c) => c.id === 'title')) {
    const column = columns[0]?.header ?? 'last';
    return { ok: false, error: [problem('paste_without_title', { column })] };
  }
  // Cells past the last column have no header to be read under: named "" they are left out.
  const header = [...named.map((c) => c.header), ...Array(width - named.length).fill('')];
  const plan = planCsvImport(`${header.join(TAB)}\n${body}`, doc, csvOptions);
  if (!plan.ok) return { ok: false, error: renumber(plan.error, -1) };
  const warnings =
    width > named.length
      ? [
          ...plan.value.warnings,
          `${width - named.length} pasted column(s) past ${named.at(-1)!.header} were left out.`,
        ]
      : plan.value.warnings;
  return {
    ok: true,
    value: {
      ...plan.value,
      warnings,
      rejected: plan.value.rejected.map((r) => renumberRow(r, -1)),
    },
  };
}

/** Whether clipboard text is rows to add (several cells or lines), not one value for one cell. */
export const isRowsPaste = (text: string): boolean =>
  /[\t\r\n]/.test(text.replace(/(\r\n|\n|\r)$/, ''));
