import Papa from 'papaparse';
import {
  cellKey,
  getEntity,
  journeyList,
  lanesOf,
  stagesOf,
  touchpointsByCell,
} from '../model/doc';
import type { Journey, ProjectDoc } from '../model/types';

/** The columns of a Wayline CSV, in order; the importer takes them in any order. */
export const CSV_COLUMNS = [
  'Journey',
  'Stage',
  'Lane',
  'Order',
  'Title',
  'Description',
  'Channel',
  'Emotion',
  'Effort',
  'Moment of truth',
  'Owner',
  'Tags',
  'Evidence',
] as const;

/** How tags share one cell. */
export const TAG_SEPARATOR = '; ';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": = + - @, tab, CR).
 * Cells already starting with apostrophes before such a character count too, so that the
 * importer, which removes exactly one apostrophe, gives back what was written.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** Prefixes an apostrophe to a text cell a spreadsheet would take for a formula. */
export function guardFormula(cell: string): string {
  return FORMULA_LIKE.test(cell) ? `'${cell}` : cell;
}

/** Removes exactly the apostrophe `guardFormula` added. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_LIKE.test(cell.slice(1)) ? cell.slice(1) : cell;
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
            text(t.title),
            text(t.description),
            text(t.channel),
            t.emotion,
            t.effort,
            t.momentOfTruth ? 'yes' : 'no',
            text(t.owner),
            text(t.tags.join(TAG_SEPARATOR)),
            text(t.evidence),
          ]);
        });
      }
    }
  }
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' });
  return `\uFEFF${csv}\r\n`;
}
