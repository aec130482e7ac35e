import { backlogRows, type BacklogRow, statusWord } from '../model/backlog';
import type { ProjectDoc } from '../model/types';
import { csvFile, guardFormula } from './csv';

/** How linked cards share one cell. */
export const LINKED_SEPARATOR = '; ';

/**
 * The opportunity backlog's columns, declared once: the CSV and the spreadsheet write these,
 * in this order, each from a backlog row (shared/model/backlog.ts).
 */
export const OPPORTUNITY_COLUMNS: readonly {
  header: string;
  /** What the cell holds: text, or a number (empty when not set). */
  cell: (row: BacklogRow) => string | number | null;
  kind: 'text' | 'number';
}[] = [
  { header: 'journey', cell: (r) => r.journey, kind: 'text' },
  { header: 'stage', cell: (r) => r.stage, kind: 'text' },
  { header: 'title', cell: (r) => r.title, kind: 'text' },
  { header: 'status', cell: (r) => statusWord(r.status), kind: 'text' },
  { header: 'owner', cell: (r) => r.owner, kind: 'text' },
  { header: 'value', cell: (r) => r.value, kind: 'number' },
  { header: 'effort', cell: (r) => r.effort, kind: 'number' },
  // Two decimals: enough to sort by, and what the table rounds to one for display.
  {
    header: 'priority',
    cell: (r) => (r.priority === null ? null : Math.round(r.priority * 100) / 100),
    kind: 'number',
  },
  { header: 'due', cell: (r) => r.due, kind: 'text' },
  { header: 'link', cell: (r) => r.link, kind: 'text' },
  { header: 'pain_points', cell: (r) => r.painPoints.join(LINKED_SEPARATOR), kind: 'text' },
  { header: 'touchpoints', cell: (r) => r.touchpoints.join(LINKED_SEPARATOR), kind: 'text' },
];

/** Every opportunity of the project as CSV, one row each, journeys in project order. */
export function exportOpportunitiesCsv(doc: ProjectDoc): string {
  const data = backlogRows(doc).map((row) =>
    OPPORTUNITY_COLUMNS.map(({ cell, kind }) => {
      const value = cell(row);
      if (value === null) return '';
      return kind === 'text' ? guardFormula(String(value)) : value;
    }),
  );
  return csvFile(
    OPPORTUNITY_COLUMNS.map((c) => c.header),
    data,
  );
}
