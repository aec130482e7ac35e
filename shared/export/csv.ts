import Papa from 'papaparse';
import {
  cellKey,
  getEntity,
  journeyList,
  lanesOf,
  stagesOf,
  touchpointsByCell,
} from '../model/doc';
import { type CsvCell, TOUCHPOINT_CSV } from '../model/entities';
import type { NeedsMet } from '../model/cxLayerFields';
import { cardSources } from '../model/evidence';
import { cardEvidence, strengthWord } from '../model/evidenceStrength';
import { needsMetWord } from '../model/needsMet';
import type { Journey, ProjectDoc, Touchpoint } from '../model/types';
import { attachmentsByCard } from '../media/attachments';
import { FILES_COLUMN } from '../media/mediaTypes';

/** Where a card is, before its own fields: the columns every Wayline CSV starts with. */
const PLACE_COLUMNS = ['Journey', 'Stage', 'Lane', 'Order'] as const;

/**
 * Columns written from a card's research rather than its own fields, after them: how many
 * quotes it has, the sources it cites or quotes, and its evidence strength. An import reads
 * them as nothing (quotes and sources travel in Wayline JSON) and does not call them unknown.
 */
export const EVIDENCE_CSV_COLUMNS: readonly {
  header: string;
  value(doc: ProjectDoc, card: Touchpoint): string | number;
}[] = [
  { header: 'Quotes', value: (doc, card) => cardEvidence(doc, card).quotes },
  {
    header: 'Sources',
    value: (doc, card) =>
      guardFormula(
        cardSources(doc, card.id)
          .map((s) => s.name)
          .join(TAG_SEPARATOR),
      ),
  },
  {
    header: 'Evidence strength',
    value: (doc, card) => strengthWord(cardEvidence(doc, card).strength),
  },
];

/** The columns of a Wayline CSV, in order; the importer takes them in any order. */
export const CSV_COLUMNS: readonly string[] = [
  ...PLACE_COLUMNS,
  ...TOUCHPOINT_CSV.map((c) => c.column.header),
  ...EVIDENCE_CSV_COLUMNS.map((c) => c.header),
  FILES_COLUMN,
];

/** How tags share one cell. */
export const TAG_SEPARATOR = '; ';

/**
 * Where a spreadsheet may start a cell: the start of the text, and after any separator one
 * might split on (comma; semicolon where the comma is the decimal mark, as in German or French
 * Excel; tab) or a line break. A file written with commas is split on semicolons in those
 * locales, so "x;=1+1" holds a cell "=1+1" there, quoted or not.
 */
const CELL_START = '(?<=^|[,;\\t\\r\\n])';
/**
 * What makes a cell a formula (OWASP "CSV injection": = + - @, tab, CR). Apostrophes before
 * such a character count too, so that the importer, which removes exactly one apostrophe per
 * place, gives back what was written.
 */
const FORMULA_START = "'*[=+\\-@\\t\\r]";
const GUARD_AT = new RegExp(`${CELL_START}(?=${FORMULA_START})`, 'g');
const GUARD_ADDED = new RegExp(`${CELL_START}'(?=${FORMULA_START})`, 'g');
/** Characters that make a cell worth quoting beyond RFC 4180's needs: the other separators. */
const SEPARATORS = /[;\t]/;

/**
 * Prefixes an apostrophe wherever a spreadsheet splitting on any separator could see a formula
 * start: at the start of the text and after every separator or line break in it.
 */
export function guardFormula(cell: string): string {
  return cell.replace(GUARD_AT, "'");
}

/** Removes exactly the apostrophes `guardFormula` added. */
export function unguardFormula(cell: string): string {
  return cell.replace(GUARD_ADDED, '');
}

/** One field's cell, guarded wherever it holds text a spreadsheet could take for a formula. */
function writeCell(cell: CsvCell, value: unknown): string | number {
  switch (cell) {
    case 'emotion':
    case 'effort':
      // Not rated, or a note: an empty cell, so no spreadsheet average counts it.
      return value === null ? '' : (value as number);
    case 'needsMet':
      // The word, as the app shows it; not rated is an empty cell.
      return value === null ? '' : needsMetWord(value as NeedsMet);
    case 'flag':
      return value ? 'yes' : 'no';
    case 'tags':
      return guardFormula((value as string[]).join(TAG_SEPARATOR));
    case 'text':
      return guardFormula(value as string);
  }
}

export interface CsvExportOptions {
  /** One journey; without it, every journey of the project in order. */
  journeyId?: string;
}

/**
 * One row per card (journey, stage, lane, order in its cell, then the card's fields), RFC 4180
 * with CRLF line ends, UTF-8 with a byte-order mark so Excel does not guess another encoding.
 */
export function exportCsv(doc: ProjectDoc, { journeyId }: CsvExportOptions = {}): string {
  let journeys: Journey[] = journeyList(doc);
  if (journeyId !== undefined) {
    const journey = getEntity(doc, 'journeys', journeyId);
    if (!journey) throw new Error(`No journey with id ${journeyId}`);
    journeys = [journey];
  }
  const text = guardFormula;
  const data: (string | number)[][] = [];
  const files = attachmentsByCard(doc);
  for (const journey of journeys) {
    const cells = touchpointsByCell(doc, journey.id);
    const lanes = lanesOf(doc, journey.id);
    for (const stage of stagesOf(doc, journey.id)) {
      for (const lane of lanes) {
        (cells.get(cellKey(stage.id, lane.id)) ?? []).forEach((t, index) => {
          data.push([
            text(journey.name),
            text(stage.name),
            text(lane.name),
            index + 1,
            ...TOUCHPOINT_CSV.map(({ field, column }) => writeCell(column.cell, t[field])),
            ...EVIDENCE_CSV_COLUMNS.map((c) => c.value(doc, t)),
            text((files.get(t.id) ?? []).map((f) => f.fileName).join(TAG_SEPARATOR)),
          ]);
        });
      }
    }
  }
  return csvFile(CSV_COLUMNS, data);
}

/**
 * RFC 4180 text with CRLF line ends and a byte-order mark (Excel then reads it as UTF-8). Cells
 * are written as given: guard text cells with `guardFormula` first.
 */
export function csvFile(
  fields: readonly string[],
  data: readonly (readonly (string | number)[])[],
): string {
  const csv = Papa.unparse(
    { fields: [...fields], data: data.map((row) => [...row]) },
    // Commas, quotes and line breaks are quoted anyway; semicolons and tabs too, for readers
    // that split on those and honour quotes.
    {
      newline: '\r\n',
      quotes: (value: unknown) => typeof value === 'string' && SEPARATORS.test(value),
    },
  );
  return `\uFEFF${csv}\r\n`;
}
