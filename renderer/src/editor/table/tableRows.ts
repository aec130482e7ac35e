import { cellKey, lanesOf, stagesOf, touchpointsByCell } from '../../../../shared/model/doc';
import { isFilterActive, matchesFilter, type CardFilter } from '../../../../shared/model/filter';
import { holdsCards, isNoteLane } from '../../../../shared/model/laneKinds';
import { NEEDS_MET_ORDER, needsMetWord } from '../../../../shared/model/needsMet';
import { effortWord, emotionLevel } from '../../../../shared/model/scales';
import type { Lane, ProjectDoc, Stage, Touchpoint } from '../../../../shared/model/types';
import { TAG_SEPARATOR } from '../../../../shared/export/csv';
import type { ColumnId, TableColumn } from './tableColumns';

/** One card of the journey as a line of the table. */
export interface TableRow {
  card: Touchpoint;
  stage: Stage;
  lane: Lane;
  stageIndex: number;
  laneIndex: number;
  /** Place in journey order (stage by stage, lane by lane, then within the cell). */
  position: number;
  /** A note (pain point, opportunity...): it has no emotion or effort. */
  isNote: boolean;
}

/** Every card of a journey in journey order, the order the CSV export writes them in. */
export function journeyRows(doc: ProjectDoc, journeyId: string): TableRow[] {
  const cells = touchpointsByCell(doc, journeyId);
  const lanes = lanesOf(doc, journeyId).filter((l) => holdsCards(l.kind));
  const rows: TableRow[] = [];
  stagesOf(doc, journeyId).forEach((stage, stageIndex) => {
    lanes.forEach((lane, laneIndex) => {
      for (const card of cells.get(cellKey(stage.id, lane.id)) ?? []) {
        const isNote = isNoteLane(lane.kind);
        rows.push({ card, stage, lane, stageIndex, laneIndex, position: rows.length, isNote });
      }
    });
  });
  return rows;
}

/** Whether a row has this column at all (a note has no emotion, effort, channel...). */
export const hasCell = (row: TableRow, column: TableColumn): boolean =>
  !row.isNote || column.onNotes;

/** What a cell shows, as words: the emotion's word beside its face, the effort's number and word. */
export function cellText(row: TableRow, column: TableColumn): string {
  if (!hasCell(row, column)) return '';
  const { card } = row;
  switch (column.id) {
    case 'stage':
      return row.stage.name;
    case 'lane':
      return row.lane.name;
    case 'emotion':
      return emotionLevel(card.emotion).word;
    case 'effort':
      return card.effort === null
        ? effortWord(null)
        : `${card.effort} · ${effortWord(card.effort)}`;
    case 'needsMet':
      return needsMetWord(card.needsMet);
    case 'momentOfTruth':
      return card.momentOfTruth ? 'Yes' : '';
    case 'tags':
      return card.tags.join(TAG_SEPARATOR);
    default:
      return card[column.id];
  }
}

export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  column: ColumnId;
  direction: SortDirection;
}

/** A header click: ascending, then descending, then back to journey order. */
export function nextSort(sort: TableSort | null, column: ColumnId): TableSort | null {
  if (sort?.column !== column) return { column, direction: 'ascending' };
  return sort.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

/** The value a column sorts by; undefined is a blank (not rated, no text), kept last. */
function sortKey(row: TableRow, column: ColumnId): number | string | undefined {
  const { card } = row;
  switch (column) {
    // Stages and lanes sort in the map's order, not by name.
    case 'stage':
      return row.stageIndex;
    case 'lane':
      return row.laneIndex;
    case 'emotion':
    case 'effort':
      return row.isNote ? undefined : (card[column] ?? undefined);
    case 'needsMet':
      // Worst to best, as the picker lists them.
      return row.isNote || card.needsMet === null
        ? undefined
        : NEEDS_MET_ORDER.indexOf(card.needsMet);
    case 'momentOfTruth':
      // "Yes" first when ascending, as a spreadsheet sorts the words.
      return card.momentOfTruth ? 'Yes' : undefined;
    case 'tags':
      return card.tags.length > 0 ? card.tags.join(TAG_SEPARATOR) : undefined;
    default:
      return card[column].trim() === '' ? undefined : card[column];
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Rows sorted by a column, blanks last either way, ties in journey order; none: journey order. */
export function sortRows(rows: readonly TableRow[], sort: TableSort | null): TableRow[] {
  if (!sort) return [...rows].sort((a, b) => a.position - b.position);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortKey(row, sort.column) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key !== b.key) return a.key === undefined ? 1 : -1;
    } else {
      const by = compareKeys(a.key, b.key) * sign;
      if (by !== 0) return by;
    }
    return a.row.position - b.row.position;
  });
  return keyed.map((k) => k.row);
}

/** The table's own filter: words in any shown cell, and one stage, lane or emotion. */
export interface TableFilter {
  text: string;
  /** '' for any. */
  stageId: string;
  laneId: string;
  /** '' for any, 'none' for not rated, or an emotion value (-2..2) as text. */
  emotion: string;
}

export const NO_TABLE_FILTER: TableFilter = { text: '', stageId: '', laneId: '', emotion: '' };

export const NOT_RATED_CHOICE = 'none';

function matchesEmotion(row: TableRow, emotion: string): boolean {
  if (emotion === '') return true;
  // A note is never "not rated": it has no emotion to rate.
  if (row.isNote) return false;
  if (emotion === NOT_RATED_CHOICE) return row.card.emotion === null;
  return row.card.emotion === Number(emotion);
}

const fold = (s: string) => s.toLocaleLowerCase();

/**
 * Rows that pass the table's filter and, when the search bar narrows the map, its filter too:
 * the table shows what the map highlights.
 */
export function filterRows(
  rows: readonly TableRow[],
  filter: TableFilter,
  columns: readonly TableColumn[],
  cardFilter: CardFilter | null = null,
): TableRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const search = isFilterActive(cardFilter) ? cardFilter : null;
  return rows.filter((row) => {
    if (filter.stageId && row.stage.id !== filter.stageId) return false;
    if (filter.laneId && row.lane.id !== filter.laneId) return false;
    if (!matchesEmotion(row, filter.emotion)) return false;
    if (search && !matchesFilter(row.card, search)) return false;
    if (words.length === 0) return true;
    const shown = fold(columns.map((c) => cellText(row, c)).join('\n'));
    return words.every((w) => shown.includes(w));
  });
}
