import Papa from 'papaparse';
import { type CsvRejection, rejectRow } from './csvRejection';
import { problem } from './problems';

/** One record of a CSV file, with its spreadsheet row number (the header is row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvRecords {
  records: CsvRecord[];
  /** Records left out because a quote in them ran on over the lines after them. */
  runaways: CsvRejection[];
  /** Records whose quotes are malformed within their own line. */
  malformed: CsvRejection[];
}

/** Where a record's bad quote opened: the offset of the quote and its error. */
interface QuoteFault {
  record: number;
  quoteAt: number;
  neverCloses: boolean;
}

function firstQuoteFault(errors: readonly Papa.ParseError[]): QuoteFault | undefined {
  const quote = errors.find((e) => e.type === 'Quotes' && e.row !== undefined);
  if (quote?.row === undefined || quote.index === undefined) return undefined;
  const sameRecord = errors.filter((e) => e.row === quote.row);
  return {
    record: quote.row,
    // papaparse reports the offset just after the quote that opened the field.
    quoteAt: quote.index - 1,
    neverCloses: sameRecord.some((e) => e.code === 'MissingQuotes'),
  };
}

/** Offset just past the line end after `at` (CRLF, LF or CR), or the text's length. */
function nextLineStart(text: string, at: number): number {
  const match = /\r\n|\n|\r/.exec(text.slice(at));
  return match ? at + match.index + match[0].length : text.length;
}

function countLines(cells: readonly string[]): number {
  const text = cells.join('').replace(/(\r\n|\n|\r)$/, '');
  return (text.match(/\r\n|\n|\r/g) ?? []).length + 1;
}

/**
 * Each quote that runs on makes the rest of the file be read again, so past this many the
 * rest is reported unread rather than read again and again (a 20 MB file of them would take
 * hours).
 */
export const MAX_RUNAWAY_QUOTES = 10;

/**
 * Splits CSV text into records. A quote that opens a cell and runs on past its line (it never
 * closes, or closes only at some stray quote further down) would swallow every row it runs
 * over: that record is reported with its row and how many lines it took, and reading resumes
 * on the line after the one where the quote opened, so the rows after it are not lost.
 */
export function splitCsvRecords(text: string, delimiter: string): CsvRecords {
  const out: CsvRecords = { records: [], runaways: [], malformed: [] };
  const malformedRows = new Set<number>();
  let rest = text;
  let newline: Papa.ParseConfig['newline'];
  for (;;) {
    // Empty lines are kept (and skipped later) so row numbers match the spreadsheet's.
    const parsed = Papa.parse<string[]>(rest, { delimiter, newline, skipEmptyLines: false });
    newline ??= parsed.meta.linebreak as Papa.ParseConfig['newline'];
    const firstRow = out.records.length + out.runaways.length + 1;
    const fault = firstQuoteFault(parsed.errors);
    const runaway =
      fault !== undefined &&
      (fault.neverCloses || parsed.data[fault.record]!.some((c) => /[\r\n]/.test(c)));
    const kept = runaway ? parsed.data.slice(0, fault.record) : parsed.data;
    kept.forEach((cells, i) => out.records.push({ row: firstRow + i, cells }));
    for (const e of parsed.errors) {
      if (e.type !== 'Quotes' || e.row === undefined || (runaway && e.row >= fault.record)) {
        continue;
      }
      const row = firstRow + e.row;
      if (!malformedRows.has(row)) {
        malformedRows.add(row);
        out.malformed.push(rejectRow(row, problem('malformed_quotes', { detail: e.message })));
      }
    }
    if (!runaway) return out;
    const after = countLines(parsed.data[fault.record]!) - 1;
    out.runaways.push(
      rejectRow(
        firstRow + fault.record,
        problem('runaway_quote', { after, neverCloses: fault.neverCloses }),
      ),
    );
    rest = rest.slice(nextLineStart(rest, fault.quoteAt));
    if (rest === '') return out;
    if (out.runaways.length === MAX_RUNAWAY_QUOTES) {
      const lines = countLines([rest]) - 1;
      const unread = problem('rows_unread', { lines, max: MAX_RUNAWAY_QUOTES });
      out.runaways.push(rejectRow(firstRow + fault.record + 1, unread));
      return out;
    }
  }
}
