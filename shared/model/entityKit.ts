import { z } from 'zod';
import type { LANE_KIND_IDS } from './laneKinds';

/**
 * The machinery of entity descriptors (shared/model/entities.ts declares the entities): what a
 * field and an entity declare, and what derives from one descriptor alone (its patch and defaults).
 */

/** Parents before children: the order rows are inserted in (and deleted in reverse). */
export const ENTITY_TABLES = [
  'personas',
  'journeys',
  'stages',
  'lanes',
  'touchpoints',
  'connections',
  'cardLinks',
  'implementations',
  'sources',
  'quotes',
  'citations',
  'savedViews',
  'attachments',
  'surveyImports',
  'surveyAnswers',
  'surveyQuotes',
] as const;

export type EntityTable = (typeof ENTITY_TABLES)[number];

/** What deleting the referenced row does to this one: take it along, or clear the link. */
export type OnDelete = 'cascade' | 'setNull';

export interface Reference {
  table: EntityTable;
  onDelete: OnDelete;
  /** What the link points at, for messages ("persona"). */
  noun: string;
  /** Set when the referenced row must be of this row's journey: the message when it is not. */
  sameJourney?: string;
}

/** How a CSV cell is read and written. */
export type CsvCell = 'text' | 'emotion' | 'effort' | 'needsMet' | 'flag' | 'tags';

export interface CsvColumn {
  header: string;
  /** Header names it answers to, after normalising (lower case, "_" and "-" as spaces). */
  aliases: readonly string[];
  cell: CsvCell;
  /** The field as a rejection reason names it: "the title". */
  label: string;
}

/** The control that edits a field in the inspector. */
export type InspectorControl =
  | 'title'
  | 'line'
  | 'text'
  | 'url'
  | 'channel'
  | 'emotion'
  | 'effort'
  /** Met, partly met, not met or not rated: a segmented radio group (shared/model/needsMet.ts). */
  | 'needsMet'
  /** The feeling in words: a list of words (shared/model/feelingWords.ts) or any text. */
  | 'feeling'
  | 'flag'
  | 'tags'
  /** One of the declared `choices`, or not set (null). */
  | 'choice'
  /** A whole number, or not set (null). */
  | 'count'
  /** A calendar day, YYYY-MM-DD, or none (''). */
  | 'date'
  /** A backlog key (ABC-123) or a safe address, saved only when it is one. */
  | 'backlog';

type LaneKindId = (typeof LANE_KIND_IDS)[number];

/** How the inspector shows a field: declared beside the field, drawn by one generic form. */
export interface InspectorSpec {
  label: string;
  control: InspectorControl;
  placeholder?: string;
  hint?: string;
  /** Rows of a multi-line control. */
  rows?: number;
  /** Shown on note cards too (a note has only these); a note's own label, rows and help. */
  onNotes?: Pick<InspectorSpec, 'placeholder' | 'hint' | 'rows'> & { label?: string };
  /** Shown only on cards of these lane kinds (touchpoints and notes alike), e.g. pain points. */
  lanes?: readonly LaneKindId[];
  /** The values a `choice` control offers, each with its word. */
  choices?: readonly { value: string | number; word: string }[];
}

/**
 * A touchpoint field shown on every card surface (canvas, presentation, SVG/PNG/PDF) below the
 * ratings, in declared order, when it has a value: `line` as "Label: value", `link` as a link
 * opened only through the validated external-link path (shared/cards/cardFace.ts).
 */
export interface CardShow {
  show: 'line' | 'link';
  label: string;
}

export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** The value a new row starts with; fields without one must be given. */
  default?: z.output<S>;
  /** Whether an update patch may change it, and with which schema if not the field's. */
  editable?: boolean | z.ZodType;
  /** Stored as 0/1 (STRICT tables have no boolean) or as JSON text. */
  sql?: 'flag' | 'json';
  ref?: Reference;
  /** A JSON list of ids of this table's rows: remapped with them when rows are copied. */
  idsOf?: EntityTable;
  csv?: CsvColumn;
  inspector?: InspectorSpec;
  card?: CardShow;
}

type FieldOptions<S extends z.ZodType> = Omit<FieldSpec<S>, 'schema'>;

/** One field; the options keep their literal types, so `editable: true` is known to the patch type. */
export function field<S extends z.ZodType, const O extends FieldOptions<S> = Record<never, never>>(
  schema: S,
  options: O = {} as O,
): FieldSpec<S> & O {
  return { schema, ...options };
}

export type Fields = Record<string, FieldSpec>;
type Shape<F extends Fields> = { [K in keyof F]: F[K]['schema'] };
export type RowOf<F extends Fields> = z.output<z.ZodObject<Shape<F>>>;

/** Finds a row the document (or file) holds, for rules that look beyond the row itself. */
export type FindRow = (table: EntityTable, id: string) => Record<string, unknown> | undefined;

/** A rule a row keeps besides its references, named by the field it is about. */
export interface RowRule<R> {
  field: string;
  message: string;
  // A method, so a rule of one table also fits the loosely typed descriptor of any table.
  broken(row: R, find: FindRow): boolean;
}

export interface EntityDescriptor<T extends string = string, F extends Fields = Fields> {
  table: T;
  /** "touchpoint": one row, for messages. */
  noun: string;
  fields: F;
  schema: z.ZodObject<Shape<F>>;
  rules: readonly RowRule<RowOf<F>>[];
}

export function entity<const T extends string, F extends Fields>(
  table: T,
  noun: string,
  fields: F,
  rules: readonly RowRule<RowOf<F>>[] = [],
): EntityDescriptor<T, F> {
  const shape = Object.fromEntries(
    Object.entries(fields).map(([name, spec]) => [name, spec.schema]),
  ) as Shape<F>;
  return { table, noun, fields, schema: z.object(shape), rules };
}

type EditableKeys<F extends Fields> = {
  [K in keyof F]: F[K]['editable'] extends true | z.ZodType ? K : never;
}[keyof F];

export type PatchOf<F extends Fields> = Partial<Pick<RowOf<F>, EditableKeys<F> & keyof RowOf<F>>>;

/** An update patch: the editable fields, each optional, nothing else. */
export function patchSchemaOf<F extends Fields>(
  descriptor: EntityDescriptor<string, F>,
): z.ZodType<PatchOf<F>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(descriptor.fields)) {
    if (spec.editable) shape[name] = spec.editable === true ? spec.schema : spec.editable;
  }
  // The shape is built at run time from the same fields the type is computed from.
  return z.object(shape).partial().strict() as unknown as z.ZodType<PatchOf<F>>;
}

/** Fresh values for every field that has a default. */
export function defaultsOf<F extends Fields>(
  descriptor: EntityDescriptor<string, F>,
): Partial<RowOf<F>> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(descriptor.fields)) {
    if ('default' in spec) {
      out[name] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
    }
  }
  return out as Partial<RowOf<F>>;
}

export type CsvKeys<F extends Fields> = {
  [K in keyof F]: F[K] extends { csv: CsvColumn } ? K : never;
}[keyof F] &
  string;

/** A text field's length limit, when its schema sets one: what inputs and CSV cells are held to. */
export function maxLengthOf(spec: FieldSpec): number | undefined {
  return spec.schema instanceof z.ZodString ? (spec.schema.maxLength ?? undefined) : undefined;
}

/** A field the inspector edits: its name, how it is shown, and its length limit if it has one. */
export interface InspectorField {
  name: string;
  spec: InspectorSpec;
  maxLength?: number;
  /** The field may be left not set (null): a choice then offers "Not set". */
  nullable?: boolean;
}

/** Whether a field is on the form: declared lane kinds decide, else touchpoints and `onNotes`. */
function shownOn(spec: InspectorSpec, notes: boolean, laneKind: LaneKindId | undefined): boolean {
  if (spec.lanes) return laneKind !== undefined && spec.lanes.includes(laneKind);
  return !notes || spec.onNotes !== undefined;
}

/**
 * The fields of an entity the inspector shows, in declared order: on a note only those declared
 * for notes; a field declared for some lane kinds only on cards of those kinds.
 */
export function inspectorFieldsOf(
  descriptor: EntityDescriptor,
  { notes = false, laneKind }: { notes?: boolean; laneKind?: LaneKindId } = {},
): InspectorField[] {
  return Object.entries(descriptor.fields).flatMap(([name, spec]) => {
    const shown = spec.inspector;
    if (!shown || !shownOn(shown, notes, laneKind)) return [];
    // A note's form says what a note is, not what a touchpoint is: no touchpoint help carries over.
    const inspector: InspectorSpec =
      notes && shown.onNotes
        ? { ...shown.onNotes, label: shown.onNotes.label ?? shown.label, control: shown.control }
        : shown;
    const maxLength = maxLengthOf(spec);
    const nullable = spec.schema.safeParse(null).success;
    return [
      {
        name,
        spec: inspector,
        ...(maxLength !== undefined && { maxLength }),
        ...(nullable && { nullable }),
      },
    ];
  });
}
