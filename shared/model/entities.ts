import { z } from 'zod';
import {
  connectionKindSchema,
  effortSchema,
  emotionSchema,
  idSchema,
  laneKindSchema,
  LIMITS,
  nameSchema,
  tagsSchema,
  textSchema,
  titleSchema,
} from './fields';
import {
  type CsvKeys,
  entity,
  type EntityDescriptor,
  ENTITY_TABLES,
  type EntityTable,
  field,
  type Fields,
  type InspectorSpec,
  type Reference,
} from './entityKit';
import { holdsCards, isNoteLane } from './laneKinds';
import { isSafeExternalUrl } from '../text/externalUrl';
import { cardOfJourney, id, ofJourney, orderKey } from './baseFields';
import { CARD_LINK, IMPLEMENTATION } from './linkEntities';
import { OPPORTUNITY_FIELDS, PAIN_POINT_FIELDS } from './opportunityFields';
import { CX_LAYER_FIELDS } from './cxLayerFields';
import { CITATION, QUOTE, SOURCE } from './evidenceEntities';
import { JOURNEY, LANE, PERSONA, STAGE } from './frameEntities';
import { SAVED_VIEW } from './savedViewEntities';
import { ATTACHMENT } from './attachmentEntities';
import { SURVEY_ANSWERS, SURVEY_IMPORT, SURVEY_QUOTE } from './surveyEntities';

export * from './entityKit';
export { JOURNEY, LANE, PERSONA, STAGE };

/**
 * Each entity declared once: its fields (schema, default, whether a patch may edit it, how it
 * is stored in SQLite, what it refers to, its CSV column) and the rules a row must keep.
 * Schemas, patches, row mapping, reference checks, cascades, id remapping and CSV derive
 * from here; SQL migrations stay hand-written and a test holds them to these columns.
 */

/** An address Wayline may hand to a browser or mail program (https, mailto), or none. */
const linkSchema = z
  .string()
  .max(2048)
  .refine(
    (v) => v === '' || isSafeExternalUrl(v),
    'a link is a full https:// (or mailto:) address',
  );

const cardText = <const I extends InspectorSpec>(
  schema: z.ZodString,
  csv: { header: string; aliases: readonly string[]; label: string },
  inspector: I,
) => field(schema, { default: '', editable: true, csv: { ...csv, cell: 'text' }, inspector });

/**
 * A card in a stage x lane cell. In a touchpoints lane it is a touchpoint and every field
 * means something. In a note lane (pain points, opportunities, thoughts...) it is a note: it
 * has no emotion or effort (both null, a rule below), and keeps the other text fields so that
 * moving a card between lanes never loses what was typed. CSV columns are in declared order.
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
    title: cardText(
      titleSchema,
      { header: 'Title', aliases: ['title', 'card', 'touchpoint'], label: 'the title' },
      {
        label: 'Title',
        control: 'title',
        placeholder: 'What happens, e.g. “Compares prices”',
        onNotes: {},
      },
    ),
    description: cardText(
      textSchema,
      { header: 'Description', aliases: ['description', 'details'], label: 'the description' },
      {
        label: 'Description',
        control: 'text',
        placeholder: 'What the customer does or sees here',
        onNotes: { label: 'Text', rows: 5 },
      },
    ),
    channel: cardText(
      nameSchema,
      { header: 'Channel', aliases: ['channel'], label: 'the channel' },
      { label: 'Channel', control: 'channel' },
    ),
    /** Null is "not rated": unknown, left out of the curve and averages, never neutral. */
    emotion: field(emotionSchema.nullable(), {
      default: null,
      editable: true,
      csv: {
        header: 'Emotion',
        aliases: ['emotion', 'feeling'],
        cell: 'emotion',
        label: 'emotion',
      },
      inspector: { label: 'Emotion', control: 'emotion' },
    }),
    effort: field(effortSchema.nullable(), {
      default: null,
      editable: true,
      csv: { header: 'Effort', aliases: ['effort'], cell: 'effort', label: 'effort' },
      inspector: { label: 'Effort', control: 'effort' },
    }),
    ...CX_LAYER_FIELDS,
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
      inspector: {
        label: 'Moment of truth',
        control: 'flag',
        hint: 'A moment that decides whether the customer stays.',
      },
    }),
    owner: cardText(
      nameSchema,
      { header: 'Owner', aliases: ['owner'], label: 'the owner' },
      {
        label: 'Owner / department',
        control: 'line',
        placeholder: 'e.g. Customer service',
        lanes: ['touchpoints', 'opportunities'],
      },
    ),
    tags: field(tagsSchema, {
      default: [] as string[],
      editable: true,
      sql: 'json',
      csv: { header: 'Tags', aliases: ['tags', 'tag', 'labels'], cell: 'tags', label: 'tags' },
      inspector: { label: 'Tags', control: 'tags' },
    }),
    /** Where the insight came from: interviews, analytics, support tickets. */
    evidence: cardText(
      textSchema,
      { header: 'Evidence', aliases: ['evidence', 'source'], label: 'the evidence' },
      {
        label: 'Evidence',
        control: 'text',
        hint: 'Where this insight came from: interviews, analytics, support tickets.',
        placeholder: 'e.g. 7 of 10 interviewees mentioned it',
      },
    ),
    /** The real page or screen this touchpoint is; opened only after isSafeExternalUrl. */
    link: field(linkSchema, {
      default: '',
      editable: true,
      csv: { header: 'Link', aliases: ['link', 'url', 'address'], cell: 'text', label: 'the link' },
      inspector: {
        label: 'Link',
        control: 'url',
        placeholder: 'https://…',
        hint: 'The real page or screen this touchpoint is.',
      },
      card: { show: 'link', label: 'Link' },
    }),
    ...PAIN_POINT_FIELDS,
    ...OPPORTUNITY_FIELDS,
    /** The card this was copied from into a future state: the two states compare by it. */
    sourceId: field(idSchema.nullable(), {
      default: null,
      editable: true,
      ref: { table: 'touchpoints', onDelete: 'setNull', noun: 'source card' },
    }),
  },
  [
    {
      field: 'sourceId',
      message: 'A card cannot be its own source',
      broken: (t) => t.sourceId === t.id,
    },
    {
      field: 'laneId',
      message: 'This lane holds no cards (the emotion curve and survey metrics are drawn)',
      broken: (t, find) => {
        const lane = find('lanes', t.laneId);
        return lane !== undefined && !holdsCards(laneKindSchema.parse(lane.kind));
      },
    },
    {
      field: 'emotion',
      message: 'A note has no emotion or effort',
      broken: (t, find) => {
        if (t.emotion === null && t.effort === null) return false;
        const lane = find('lanes', t.laneId);
        return lane !== undefined && isNoteLane(laneKindSchema.parse(lane.kind));
      },
    },
  ],
);

const cardOfThisJourney = cardOfJourney('A connection joins cards of its own journey');

export const CONNECTION = entity(
  'connections',
  'connection',
  {
    id,
    journeyId: ofJourney,
    fromId: cardOfThisJourney,
    toId: cardOfThisJourney,
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
  cardLinks: CARD_LINK,
  implementations: IMPLEMENTATION,
  sources: SOURCE,
  quotes: QUOTE,
  citations: CITATION,
  savedViews: SAVED_VIEW,
  attachments: ATTACHMENT,
  surveyImports: SURVEY_IMPORT,
  surveyAnswers: SURVEY_ANSWERS,
  surveyQuotes: SURVEY_QUOTE,
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
  cardLinks: RowOfTable<'cardLinks'>;
  implementations: RowOfTable<'implementations'>;
  sources: RowOfTable<'sources'>;
  quotes: RowOfTable<'quotes'>;
  citations: RowOfTable<'citations'>;
  savedViews: RowOfTable<'savedViews'>;
  attachments: RowOfTable<'attachments'>;
  surveyImports: RowOfTable<'surveyImports'>;
  surveyAnswers: RowOfTable<'surveyAnswers'>;
  surveyQuotes: RowOfTable<'surveyQuotes'>;
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

/** The touchpoint fields a CSV row holds. */
export type TouchpointCsvField = CsvKeys<typeof TOUCHPOINT.fields>;

/** The touchpoint's CSV columns, in the order they are written, each with its field. */
export const TOUCHPOINT_CSV = Object.entries(TOUCHPOINT.fields as Fields).flatMap(([name, spec]) =>
  spec.csv ? [{ field: name as TouchpointCsvField, column: spec.csv, spec }] : [],
);
