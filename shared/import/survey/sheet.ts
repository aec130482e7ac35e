import { type ImportInput, importText } from '../guards';
import { splitCsvRecords } from '../csvRecords';
import type { CsvRejection } from '../csvRejection';
import { headerDelimiter } from '../csvRows';
import type { Problem } from '../problems';
import { ok, type Result } from '../../result';

/** One data row of a spreadsheet, with its row number as the spreadsheet shows it. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/**
 * A survey file read into cells, whatever it was (CSV here, XLSX in the backend with exceljs):
 * the header (row 1) and the data rows below it, empty rows left out but counted.
 */
export interface Sheet {
  headers: string[];
  rows: SheetRow[];
  /** Rows the reader could not split into cells (a quote that never closes). */
  unreadable: CsvRejection[];
  /** Said once, e.g. that the file was read as Windows-1252. */
  warning?: string;
}

const isEmpty = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Rows of cells with their numbers into a sheet: the first non-empty row is the header. */
export function sheetOf(records: readonly SheetRow[], unreadable: CsvRejection[] = []): Sheet {
  const headerAt = records.findIndex((r) => !isEmpty(r.cells));
  if (headerAt < 0) return { headers: [], rows: [], unreadable };
  return {
    headers: records[headerAt]!.cells.map((h) => h.trim()),
    rows: records.slice(headerAt + 1).filter((r) => !isEmpty(r.cells)),
    unreadable,
  };
}

/**
 * A CSV of survey answers: UTF-8 (a BOM is dropped) or a spreadsheet's Windows-1252 or UTF-16,
 * comma, semicolon, tab or bar separated (read from the header line), as the card CSV import.
 */
export function readSurveyCsv(input: ImportInput, maxBytes: number): Result<Sheet, Problem> {
  const read = importText(input, maxBytes, 'CSV', { legacyEncodings: true });
  if (!read.ok) return read;
  const { text, warning } = read.value;
  const { records, runaways, malformed } = splitCsvRecords(text, headerDelimiter(text));
  const sheet = sheetOf(records, [...runaways, ...malformed]);
  return ok(warning ? { ...sheet, warning } : sheet);
}
