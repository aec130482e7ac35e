import { z } from 'zod';
import {
  colorSchema,
  connectionKindSchema,
  effortSchema,
  emotionSchema,
  idSchema,
  journeyStateSchema,
  laneKindSchema,
  LIMITS,
  nameSchema,
  orderKeySchema,
  tagsSchema,
  textSchema,
  titleSchema,
} from './fields';
import { holdsCards } from './laneKinds';

/**
 * Each entity declared once: its fields (schema, default, whether a patch may edit it, how it
 * is stored in SQLite, what it refers to, its CSV column) and the rules a row must keep.
 * Schemas, patches, row mapping, reference checks, cascades, id remapping and CSV derive
 * from here; SQL migrations stay hand-written and a test holds them to these columns.
 */

/** Parents before children: the order rows are inserted in (and deleted in reverse). */
export const ENTITY_TABLES = [
  'personas',
  'journeys',
  'stages',
  'lanes',
  'touchpoints',
  'connections',
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
export type CsvCell = 'text' | 'emotion' | 'effort' | 'flag' | 'tags';

export interface CsvColumn {
  header: string;
  /** Header names it answers to, after normalising (lower case, "_" and "-" as spaces). */
  aliases: readonly string[];
  cell: CsvCell;
  /** The field as a rejection reason names it: "the title". */
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
  csv?: CsvColumn;
}

type FieldOptions<S extends z.ZodType> = Omit<FieldSpec<S>, 'schema'>;

/** One field; the options keep their literal types, so `editable: true` is known to the patch type. */
export function field<S extends z.ZodType, const O extends FieldOptions<S> = Record<never, never>>(
  schema: S,
  options: O = {} as O,
): FieldSpec<S> & O {
  return { schema, ...options };
}

type Fields = Record<string, FieldSpec>;
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

function entity<const T extends string, F extends Fields>(
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

const id = field(idSchema);
const orderKey = field(orderKeySchema);
const name = field(nameSchema, { default: '', editable: true });
const text = field(textSchema, { default: '', editable: true });
const ofJourney = field(idSchema, {
  ref: { table: 'journeys', onDelete: 'cascade', noun: 'journey' },
});

export const PERSONA = entity('personas', 'persona', {
  id,
  name,
  role: name,
  quote: text,
  /** Goals, needs and frustrations are one item per line, as people write them on a canvas. */
  goals: text,
  needs: text,
  frustrations: text,
  color: field(colorSchema, { editable: true }),
  orderKey,
});

export const JOURNEY = entity(
  'journeys',
  'journey',
  {
    id,
    name,
    description: text,
    state: field(journeyStateSchema, { default: 'current', editable: true }),
    personaId: field(idSchema.nullable(), {
      default: null,
      editable: true,
      ref: { table: 'personas', onDelete: 'setNull', noun: 'persona' },
    }),
    /** For a future state: the current-state journey it improves on. */
    currentJourneyId: field(idSchema.nullable(), {
      default: null,
      editable: true,
      ref: { table: 'journeys', onDelete: 'setNull', noun: 'current-state journey' },
    }),
    orderKey,
  },
  [
    {
      field: 'currentJourneyId',
      message: 'A journey cannot improve on itself',
      broken: (j) => j.currentJourneyId === j.id,
    },
  ],
);

export const STAGE = entity('stages', 'stage', {
  id,
  journeyId: ofJourney,
  name,
  color: field(colorSchema, { editable: true }),
  /** The customer's goal in this stage. */
  description: text,
  orderKey,
});

export const LANE = entity('lanes', 'lane', {
  id,
  journeyId: ofJourney,
  kind: field(laneKindSchema),
  name,
  collapsed: field(z.boolean(), { default: false, editable: true, sql: 'flag' }),
  hidden: field(z.boolean(), { default: false, editable: true, sql: 'flag' }),
  orderKey,
});

const cardText = (schema: z.ZodString, header: string, aliases: readonly string[], label: string) =>
  field(schema, { default: '', editable: true, csv: { header, aliases, cell: 'text', label } });

/**
 * A card in a stage x lane cell. In a touchpoints lane it is a touchpoint and every field
 * means something; cards of the other lanes use the title and description, and keep neutral
 * values in the rest so that moving a card between lanes never loses what was typed.
 * CSV columns are in the order the fields are declared.
 */
export const TOUCHPOINT = entity(
  'touchpoints',
  'touchpoint',
  {
    id,
    journeyId: ofJourney,
    stageId: field(idSchema, {
      ref: {
        table: 'stages',
        onDelete: 'cascade',
        noun: 'stage',
        sameJourney: 'Stage and lane must belong to the card’s journey',
      },
    }),
    laneId: field(idSchema, {
      ref: {
        table: 'lanes',
        onDelete: 'cascade',
        noun: 'lane',
        sameJourney: 'Stage and lane must belong to the card’s journey',
      },
    }),
    orderKey,
    // Not "name": survey exports use it for the respondent, beside a touchpoint column.
    title: cardText(titleSchema, 'Title', ['title', 'card', 'touchpoint'], 'the title'),
    description: cardText(textSchema, 'Description', ['description', 'details'], 'the description'),
    channel: cardText(nameSchema, 'Channel', ['channel'], 'the channel'),
    emotion: field(emotionSchema, {
      default: 0,
      editable: true,
      csv: {
        header: 'Emotion',
        aliases: ['emotion', 'feeling'],
        cell: 'emotion',
        label: 'emotion',
      },
    }),
    effort: field(effortSchema, {
      default: 4,
      editable: true,
      csv: { header: 'Effort', aliases: ['effort'], cell: 'effort', label: 'effort' },
    }),
    momentOfTruth: field(z.boolean(), {
      default: false,
      editable: true,
      sql: 'flag',
      csv: {
        header: 'Moment of truth',
        aliases: ['moment of truth', 'moments of truth', 'mot'],
        cell: 'flag',
        label: 'moment of truth',
      },
    }),
    owner: cardText(nameSchema, 'Owner', ['owner'], 'the owner'),
    tags: field(tagsSchema, {
      default: [] as string[],
      editable: true,
      sql: 'json',
      csv: { header: 'Tags', aliases: ['tags', 'tag', 'labels'], cell: 'tags', label: 'tags' },
    }),
    /** Where the insight came from: interviews, analytics, support tickets. */
    evidence: cardText(textSchema, 'Evidence', ['evidence', 'source'], 'the evidence'),
  },
  [
    {
      field: 'laneId',
      message: 'The emotion curve lane holds no cards',
      broken: (t, find) => {
        const lane = find('lanes', t.laneId);
        return lane !== undefined && !holdsCards(laneKindSchema.parse(lane.kind));
      },
    },
  ],
);

const cardOfJourney = field(idSchema, {
  ref: {
    table: 'touchpoints',
    onDelete: 'cascade',
    noun: 'card',
    sameJourney: 'A connection joins cards of its own journey',
  },
});

export const CONNECTION = entity(
  'connections',
  'connection',
  {
    id,
    journeyId: ofJourney,
    fromId: cardOfJourney,
    toId: cardOfJourney,
    label: field(titleSchema, { default: '', editable: true }),
    kind: field(connectionKindSchema, { default: 'path', editable: true }),
  },
  [
    {
      field: 'toId',
      message: 'A connection joins two different cards',
      broken: (c) => c.fromId === c.toId,
    },
  ],
);

/** The project itself: one row, stored as keys of the `meta` table. */
export const PROJECT_INFO = entity('meta', 'project', {
  name: field(nameSchema, { editable: z.string().min(1).max(LIMITS.name) }),
  createdAt: field(z.string()),
});

export const ENTITIES = {
  personas: PERSONA,
  journeys: JOURNEY,
  stages: STAGE,
  lanes: LANE,
  touchpoints: TOUCHPOINT,
  connections: CONNECTION,
} as const satisfies { [T in EntityTable]: EntityDescriptor<T> };

type RowOfTable<T extends EntityTable> = z.output<(typeof ENTITIES)[T]['schema']>;

/** Spelled out table by table, so generic code over `EntityByTable[T]` sees the common fields. */
export interface EntityByTable {
  personas: RowOfTable<'personas'>;
  journeys: RowOfTable<'journeys'>;
  stages: RowOfTable<'stages'>;
  lanes: RowOfTable<'lanes'>;
  touchpoints: RowOfTable<'touchpoints'>;
  connections: RowOfTable<'connections'>;
}

/** The descriptor of `table`, typed loosely for code that walks every table alike. */
export const descriptorOf = (table: EntityTable): EntityDescriptor => ENTITIES[table];

type SchemaOf<T extends EntityTable> = (typeof ENTITIES)[T]['schema'];

/** Every entity's row schema, by table. */
export const ENTITY_SCHEMAS = Object.fromEntries(
  ENTITY_TABLES.map((table) => [table, ENTITIES[table].schema]),
) as { [T in EntityTable]: SchemaOf<T> };

/** Rows per table in one file or one insert: the most one insertRows op takes. */
export const MAX_ROWS_PER_TABLE = 20_000;

/**
 * A row as a file holds it: strict (a typo in a hand-edited file is reported, not dropped), and
 * a field with a default may be left out, so files written before the field existed still read.
 */
function fileRowSchema(descriptor: EntityDescriptor) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(descriptor.fields)) {
    shape[name] =
      'default' in spec
        ? spec.schema.default(() => structuredClone(spec.default) as never)
        : spec.schema;
  }
  return z.object(shape).strict();
}

/**
 * Each table's rows as a bounded array of strict rows: the shape of a row set (every field
 * given) or, with `forFiles`, of a file (fields with defaults may be left out).
 */
export function rowArraySchemas({ forFiles = false } = {}) {
  return Object.fromEntries(
    ENTITY_TABLES.map((table) => {
      const row = forFiles ? fileRowSchema(ENTITIES[table]) : ENTITIES[table].schema.strict();
      return [table, z.array(row).max(MAX_ROWS_PER_TABLE)];
    }),
    // Defaults change only what may be left out; each row's output type is the entity's.
  ) as { [T in EntityTable]: z.ZodArray<SchemaOf<T>> };
}

/** The `(field, reference)` pairs of a table, in declaration order. */
export function referencesOf(table: EntityTable): [string, Reference][] {
  return Object.entries(descriptorOf(table).fields).flatMap(([name, spec]) =>
    spec.ref ? [[name, spec.ref] as [string, Reference]] : [],
  );
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

type CsvKeys<F extends Fields> = {
  [K in keyof F]: F[K] extends { csv: CsvColumn } ? K : never;
}[keyof F] &
  string;

/** The touchpoint fields a CSV row holds. */
export type TouchpointCsvField = CsvKeys<typeof TOUCHPOINT.fields>;

/** The touchpoint's CSV columns, in the order they are written, each with its field. */
export const TOUCHPOINT_CSV = Object.entries(TOUCHPOINT.fields as Fields).flatMap(([name, spec]) =>
  spec.csv ? [{ field: name as TouchpointCsvField, column: spec.csv, spec }] : [],
);
