import {
  maxLengthOf,
  TOUCHPOINT_CSV,
  type TouchpointCsvField,
} from '../../../../shared/model/entities';

/**
 * The table view's columns. Where a card goes (stage, lane) comes first, as in the CSV; the
 * card's own columns are the touchpoint's CSV columns (shared/model/entities.ts), so their
 * header, how a typed or pasted value is read and the length limit are declared once. Only which
 * of them a grid line has room for is chosen here: long text (description, evidence) and the
 * link stay in the inspector.
 */
const TABLE_FIELDS = [
  'title',
  'channel',
  'emotion',
  'effort',
  'needsMet',
  'feeling',
  'momentOfTruth',
  'owner',
  'tags',
] as const satisfies readonly TouchpointCsvField[];

export type PlaceColumnId = 'stage' | 'lane';
export type TableFieldId = (typeof TABLE_FIELDS)[number];
export type ColumnId = PlaceColumnId | TableFieldId;

type CsvColumnEntry = (typeof TOUCHPOINT_CSV)[number];

export interface TableColumn {
  id: ColumnId;
  /** The CSV header, so a pasted header row names columns as an export does. */
  header: string;
  /** 'pick': chosen from a list by keyboard (stage, lane, emotion, effort, a flag); 'text': typed. */
  editor: 'text' | 'pick';
  /** The card field's CSV column (how its cells are read); none for stage and lane. */
  csv?: CsvColumnEntry;
  /** Whether a note (pain point, opportunity...) has this field: the inspector shows it on notes. */
  onNotes: boolean;
  /** Delete empties it (a card always has a stage and a lane). */
  clearable: boolean;
  maxLength?: number;
  /** Least width in px, and the share of any room left that it takes (text columns grow). */
  width: { min: number; grow?: number };
}

const WIDTHS: Record<ColumnId, TableColumn['width']> = {
  stage: { min: 130 },
  lane: { min: 130 },
  title: { min: 220, grow: 2 },
  channel: { min: 110 },
  emotion: { min: 140 },
  effort: { min: 130 },
  needsMet: { min: 120 },
  feeling: { min: 120 },
  momentOfTruth: { min: 80 },
  owner: { min: 120 },
  tags: { min: 130, grow: 1 },
};

const place = (id: PlaceColumnId, header: string): TableColumn => ({
  id,
  header,
  editor: 'pick',
  onNotes: true,
  clearable: false,
  width: WIDTHS[id],
});

function fieldColumn(id: TableFieldId): TableColumn {
  const csv = TOUCHPOINT_CSV.find((c) => c.field === id);
  // Unreachable: TABLE_FIELDS is typed as CSV fields.
  if (!csv) throw new Error(`No CSV column for ${id}`);
  const maxLength = maxLengthOf(csv.spec);
  return {
    id,
    header: csv.column.header,
    editor: csv.column.cell === 'text' || csv.column.cell === 'tags' ? 'text' : 'pick',
    csv,
    onNotes: csv.spec.inspector?.onNotes !== undefined,
    clearable: true,
    ...(maxLength !== undefined && { maxLength }),
    width: WIDTHS[id],
  };
}

export const TABLE_COLUMNS: readonly TableColumn[] = [
  place('stage', 'Stage'),
  place('lane', 'Lane'),
  ...TABLE_FIELDS.map(fieldColumn),
];

export const columnIndex = (id: ColumnId): number => TABLE_COLUMNS.findIndex((c) => c.id === id);

/** The grid's column tracks, for `grid-template-columns`. */
export const GRID_TEMPLATE = TABLE_COLUMNS.map(({ width: { min, grow } }) =>
  grow ? `minmax(${min}px, ${grow}fr)` : `${min}px`,
).join(' ');

/** The width below which the table scrolls sideways. */
export const TABLE_MIN_WIDTH = TABLE_COLUMNS.reduce((sum, c) => sum + c.width.min, 0);
