import { readFieldCell } from '../../../../shared/import/csvColumns';
import { lanesOf, stagesOf } from '../../../../shared/model/doc';
import { TOUCHPOINT } from '../../../../shared/model/entities';
import { holdsCards } from '../../../../shared/model/laneKinds';
import {
  EFFORT_MAX,
  EFFORT_MIN,
  EMOTION_LEVELS,
  effortWord,
  NOT_RATED,
} from '../../../../shared/model/scales';
import { NEEDS_MET_ORDER, needsMetWord } from '../../../../shared/model/needsMet';
import type { ProjectDoc, Touchpoint } from '../../../../shared/model/types';
import { err, ok, type Result } from '../../../../shared/result';
import type { DocumentStore } from '../documentStore';
import { moveCardToCell, patchCards } from '../inspector/edits';
import type { TableColumn, TableFieldId } from './tableColumns';
import type { TableRow } from './tableRows';

/** What a cell can be set to: a stage or lane id, or a card field's value. */
export type CellValue = Touchpoint[TableFieldId];

/** One choice of a picked cell (stage, lane, emotion, effort, a flag). */
export interface PickOption {
  value: CellValue;
  label: string;
  /** What typing picks it by, besides the start of its label: "-2", "5". */
  keys: readonly string[];
}

const EMOTION_OPTIONS: PickOption[] = [
  { value: null, label: NOT_RATED, keys: [] },
  ...EMOTION_LEVELS.map((l) => ({
    value: l.value,
    label: l.word,
    keys: [String(l.value), l.value > 0 ? `+${l.value}` : String(l.value)],
  })),
];

const EFFORT_OPTIONS: PickOption[] = [
  { value: null, label: NOT_RATED, keys: [] },
  ...Array.from({ length: EFFORT_MAX - EFFORT_MIN + 1 }, (_, i) => {
    const v = EFFORT_MIN + i;
    return { value: v, label: `${v} · ${effortWord(v)}`, keys: [String(v)] };
  }),
];

/** Keys a spreadsheet user types: yes / partly / no, or a 1–5 answer as the CSV import reads. */
const NEEDS_KEYS = {
  notMet: ['no', 'x', '1', '2'],
  partly: ['p', '3'],
  met: ['y', 'yes', '4', '5'],
};

const NEEDS_MET_OPTIONS: PickOption[] = [
  { value: null, label: NOT_RATED, keys: [] },
  ...NEEDS_MET_ORDER.map((v) => ({ value: v, label: needsMetWord(v), keys: NEEDS_KEYS[v] })),
];

const FLAG_OPTIONS: PickOption[] = [
  { value: false, label: 'No', keys: ['n', '0'] },
  { value: true, label: 'Yes', keys: ['y', '1', 'x'] },
];

/** The choices of a picked column, for a journey (its stages, its lanes that hold cards). */
export function pickOptions(column: TableColumn, doc: ProjectDoc, journeyId: string): PickOption[] {
  switch (column.id) {
    case 'stage':
      return stagesOf(doc, journeyId).map((s) => ({ value: s.id, label: s.name, keys: [] }));
    case 'lane':
      return lanesOf(doc, journeyId)
        .filter((l) => holdsCards(l.kind))
        .map((l) => ({ value: l.id, label: l.name, keys: [] }));
    case 'emotion':
      return EMOTION_OPTIONS;
    case 'effort':
      return EFFORT_OPTIONS;
    case 'needsMet':
      return NEEDS_MET_OPTIONS;
    case 'momentOfTruth':
      return FLAG_OPTIONS;
    default:
      return [];
  }
}

/** The value a picked cell holds now: the row's stage or lane id, or the card's field. */
export function currentValue(row: TableRow, column: TableColumn): CellValue {
  if (column.id === 'stage') return row.stage.id;
  if (column.id === 'lane') return row.lane.id;
  return row.card[column.id];
}

/** The option typing `typed` picks: one it is a key of, else the first whose label it starts. */
export function matchOption(options: readonly PickOption[], typed: string): number {
  const t = typed.trim().toLowerCase();
  if (t === '') return -1;
  const exact = options.findIndex((o) => o.keys.includes(t));
  if (exact >= 0) return exact;
  return options.findIndex((o) => o.label.toLowerCase().startsWith(t));
}

/**
 * A typed cell read as the CSV import reads it (tags split on ";", limits), except plain text,
 * which is kept as typed: an apostrophe typed before "=" is the person's, not a formula guard.
 */
export function readTypedCell(column: TableColumn, raw: string): Result<CellValue, string> {
  const csv = column.csv;
  if (!csv) return err(`${column.header} is picked from a list`);
  if (csv.column.cell === 'text') {
    const checked = csv.spec.schema.safeParse(raw);
    if (checked.success) return ok(raw);
    return err(checked.error.issues[0]?.message ?? `${column.header} is not valid`);
  }
  const cell = readFieldCell(csv, raw);
  if (!cell.ok) return err(cell.error.message);
  // An empty emotion, effort or need-met cell means "not rated"; any other field has a value.
  return ok((cell.value ?? null) as CellValue);
}

/** Sets one cell: a stage or lane moves the card (to the end of its new cell); a field is patched. */
export function setCell(
  store: DocumentStore,
  row: TableRow,
  column: TableColumn,
  value: CellValue,
): void {
  const { card } = row;
  if (column.id === 'stage' || column.id === 'lane') {
    const stageId = column.id === 'stage' ? String(value) : card.stageId;
    const laneId = column.id === 'lane' ? String(value) : card.laneId;
    if (stageId !== card.stageId || laneId !== card.laneId) {
      moveCardToCell(store, card, stageId, laneId);
    }
    return;
  }
  patchCards(store, [card.id], { [column.id]: value });
}

/** Empties a cell where it may be empty: the field's default (no text, not rated, no tags). */
export function clearCell(store: DocumentStore, row: TableRow, column: TableColumn): boolean {
  if (!column.clearable || column.id === 'stage' || column.id === 'lane') return false;
  const empty = structuredClone(TOUCHPOINT.fields[column.id].default) as CellValue;
  setCell(store, row, column, empty);
  return true;
}
