import { FILES_COLUMN } from '../media/mediaTypes';
import { LANE_KIND_LABELS } from '../model/factories';
import { LIMITS } from '../model/schema';
import { TOUCHPOINT_CSV, type TouchpointCsvField } from '../model/entities';
import type { Touchpoint } from '../model/types';
import {
  type Cell,
  cesCell,
  type CsvField,
  fieldOfHeader,
  isEvidenceHeader,
  orderCell,
  readFieldCell,
  textCell,
} from './csvColumns';
import { type CsvRejection, rejectRow } from './csvRejection';
import { splitCsvRecords } from './csvRecords';
import { problem, type Problem } from './problems';
import { err, ok, type Result } from '../result';

/** One accepted CSV row: where the card goes and what it holds. */
export interface CsvCard {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first card row 2. */
  row: number;
  journey: string;
  stage: string;
  lane: string;
  order: number | undefined;
  /** The card's own fields that the row gave; the others keep the touchpoint's defaults. */
  fields: Partial<Pick<Touchpoint, TouchpointCsvField>>;
  /** Whether effort came from a CES 2.0 answer. */
  fromCes: boolean;
}

export type { CsvRejection } from './csvRejection';

export type CsvReadResult = Result<
  { cards: CsvCard[]; rejected: CsvRejection[]; ignoredColumns: string[] },
  Problem
>;

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The separator, from the header line alone: the one it holds most of, outside quotes. Excel
 * writes ";" where "," is the decimal mark, and guessing from every line (empty ones included)
 * misreads short files.
 */
export function headerDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** A row's cells by field: the first column of each known field; later duplicates are ignored. */
function fieldColumns(headers: readonly string[]): Map<CsvField, number> {
  const columns = new Map<CsvField, number>();
  headers.forEach((header, index) => {
    const field = fieldOfHeader(header);
    if (field !== undefined && !columns.has(field)) columns.set(field, index);
  });
  return columns;
}

/** Where a row goes when the CSV has no column for it (a table paste: the active row's place). */
export interface CsvPlaceDefaults {
  stage?: string;
  lane?: string;
}

export interface CsvReadOptions {
  /** The separator when the caller knows it (spreadsheet clipboard text is tab-separated). */
  delimiter?: string;
  placeDefaults?: CsvPlaceDefaults;
}

/** Reads every row of a CSV into cards or rejections; nothing about the target yet. */
export function readCsvRows(text: string, options: CsvReadOptions = {}): CsvReadResult {
  const delimiter = options.delimiter ?? headerDelimiter(text);
  const { records, runaways, malformed } = splitCsvRecords(text, delimiter);
  const headers = records[0]?.row === 1 ? records[0].cells : [];
  const columns = fieldColumns(headers);
  if (!columns.has('title')) {
    if (runaways[0]?.row === 1) {
      return err(problem('header_quote', undefined, { row: 1 }));
    }
    const found = headers.filter((h) => h.trim() !== '').slice(0, 12);
    return err(problem('no_title_column', { found }, { row: 1 }));
  }
  const ignoredColumns = headers.filter(
    (h) =>
      fieldOfHeader(h) === undefined &&
      h.trim() !== '' &&
      !isEvidenceHeader(h) &&
      h.trim() !== FILES_COLUMN,
  );
  const problems = new Map([...malformed, ...runaways].map((r) => [r.row, r] as const));
  const cards: CsvCard[] = [];
  const rejected: CsvRejection[] = runaways.filter((r) => r.row > 1);
  for (const { row, cells } of records.slice(1)) {
    if (cells.every((v) => v.trim() === '')) continue;
    const quoted = problems.get(row);
    if (quoted !== undefined) {
      rejected.push(quoted);
      continue;
    }
    // Fewer cells than headers is how spreadsheets end short rows; more cannot be placed.
    if (cells.length > headers.length) {
      rejected.push(
        rejectRow(
          row,
          problem('cells_misaligned', { cells: cells.length, headers: headers.length }),
        ),
      );
      continue;
    }
    const get = (field: CsvField) => {
      const column = columns.get(field);
      return column === undefined ? '' : (cells[column] ?? '');
    };
    const header = (field: CsvField) => headers[columns.get(field) ?? -1];
    const result = readCard(get, header, row, options.placeDefaults ?? {});
    if ('problems' in result) rejected.push(result);
    else cards.push(result);
  }
  rejected.sort((a, b) => a.row - b.row);
  return ok({ cards, rejected, ignoredColumns });
}

function readCard(
  get: (field: CsvField) => string,
  header: (field: CsvField) => string | undefined,
  row: number,
  place: CsvPlaceDefaults,
): CsvCard | CsvRejection {
  const reasons: Problem[] = [];
  const take = <T>(cell: Cell<T>, fallback: T, field: CsvField): T => {
    if (cell.ok) return cell.value;
    reasons.push({ ...cell.error, column: header(field) });
    return fallback;
  };
  const name = (label: string, field: CsvField) =>
    take(textCell(label, get(field), LIMITS.name), '', field).trim();
  // Cells are read in column order, so reasons read as the spreadsheet shows them.
  const journey = name('the journey name', 'journey');
  const stage =
    header('stage') !== undefined ? name('the stage name', 'stage') : (place.stage ?? 'Stage 1');
  const lane = name('the lane name', 'lane') || (place.lane ?? LANE_KIND_LABELS.touchpoints);
  const fields: Record<string, unknown> = {};
  let ces: number | undefined;
  for (const column of TOUCHPOINT_CSV) {
    const value = take<unknown>(readFieldCell(column, get(column.field)), undefined, column.field);
    if (value !== undefined) fields[column.field] = value;
    if (column.field === 'title') {
      if (value !== undefined && (value as string).trim() === '') {
        reasons.push(problem('no_title', undefined, { column: header('title') }));
      }
      if (stage === '') reasons.push(problem('no_stage', undefined, { column: header('stage') }));
    }
    // A CES 2.0 answer is read beside effort, the field it converts into.
    if (column.field === 'effort') ces = take(cesCell(get('ces')), undefined, 'ces');
  }
  // An effort given outright wins over a CES answer in the same row.
  const fromCes = fields.effort === undefined && ces !== undefined;
  if (fromCes) fields.effort = 8 - (ces as number);
  const card: CsvCard = {
    row,
    journey,
    stage,
    lane,
    order: orderCell(get('order')),
    fields: fields as CsvCard['fields'],
    fromCes,
  };
  return reasons.length > 0 ? rejectRow(row, ...reasons) : card;
}
