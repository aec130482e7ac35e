import { z } from 'zod';
import {
  CONNECTION,
  ENTITY_TABLES,
  type EntityTable,
  JOURNEY,
  LANE,
  MAX_ROWS_PER_TABLE,
  PERSONA,
  PROJECT_INFO,
  patchSchemaOf,
  rowArraySchemas,
  STAGE,
  TOUCHPOINT,
} from '../model/entities';
import { QUOTE, SOURCE } from '../model/evidenceEntities';
import { idSchema, orderKeySchema } from '../model/fields';

/** Where an item goes among its siblings: an index for the UI, an exact key for inverses. */
export const positionSchema = z.union([
  z.object({ index: z.number().int().min(0) }).strict(),
  z.object({ orderKey: orderKeySchema }).strict(),
]);

/** Ops are the boundary for hostile input: every object is strict, every array bounded. */
function op<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), ...shape }).strict();
}

const updateProject = op('updateProject', { patch: patchSchemaOf(PROJECT_INFO) });
const updateJourney = op('updateJourney', { id: idSchema, patch: patchSchemaOf(JOURNEY) });
const updatePersona = op('updatePersona', { id: idSchema, patch: patchSchemaOf(PERSONA) });
const updateStage = op('updateStage', { id: idSchema, patch: patchSchemaOf(STAGE) });
const updateLane = op('updateLane', { id: idSchema, patch: patchSchemaOf(LANE) });
const updateTouchpoint = op('updateTouchpoint', { id: idSchema, patch: patchSchemaOf(TOUCHPOINT) });
const updateConnection = op('updateConnection', { id: idSchema, patch: patchSchemaOf(CONNECTION) });
const updateSource = op('updateSource', { id: idSchema, patch: patchSchemaOf(SOURCE) });
const updateQuote = op('updateQuote', { id: idSchema, patch: patchSchemaOf(QUOTE) });

const moveJourney = op('moveJourney', { id: idSchema, at: positionSchema });
const moveStage = op('moveStage', { id: idSchema, at: positionSchema });
const moveLane = op('moveLane', { id: idSchema, at: positionSchema });
/** A quote among the quotes of its card. */
const moveQuote = op('moveQuote', { id: idSchema, at: positionSchema });

const addStage = op('addStage', {
  stage: STAGE.schema.omit({ orderKey: true }).strict(),
  at: positionSchema,
});

const addLane = op('addLane', {
  lane: LANE.schema.omit({ orderKey: true }).strict(),
  at: positionSchema,
});

const addTouchpoint = op('addTouchpoint', {
  touchpoint: TOUCHPOINT.schema.omit({ orderKey: true }).strict(),
  at: positionSchema,
});

const moveTouchpoint = op('moveTouchpoint', {
  id: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  at: positionSchema,
});

/**
 * Whole rows, order keys included: what undoing a delete restores, and how templates,
 * duplicates, pastes and imports arrive. Every id must be new and every reference must resolve.
 */
export const rowSetSchema = z
  .object(
    Object.fromEntries(
      Object.entries(rowArraySchemas()).map(([table, rows]) => [table, rows.optional()]),
    ) as { [T in EntityTable]: z.ZodOptional<ReturnType<typeof rowArraySchemas>[T]> },
  )
  .strict();

const insertRows = op('insertRows', { rows: rowSetSchema });

const ids = z.array(idSchema).max(MAX_ROWS_PER_TABLE).optional();

/**
 * Deletes rows and everything that depends on them: a stage or lane takes its cards, a card its
 * connections, a journey all of its contents; links to a deleted persona or current-state
 * journey are cleared. The inverse puts every row and link back.
 */
const deleteRows = op('deleteRows', {
  ids: z
    .object(
      Object.fromEntries(ENTITY_TABLES.map((table) => [table, ids])) as Record<
        EntityTable,
        typeof ids
      >,
    )
    .strict(),
});

const singleOpSchema = z.discriminatedUnion('type', [
  updateProject,
  updateJourney,
  updatePersona,
  updateStage,
  updateLane,
  updateTouchpoint,
  updateConnection,
  updateSource,
  updateQuote,
  moveJourney,
  moveStage,
  moveLane,
  moveQuote,
  moveTouchpoint,
  addStage,
  addLane,
  addTouchpoint,
  insertRows,
  deleteRows,
]);

export type SingleOp = z.infer<typeof singleOpSchema>;

/** Batches nest only one level deep: enough for grouping, and hostile input cannot recurse. */
const batchSchema = z
  .object({ type: z.literal('batch'), ops: z.array(singleOpSchema).max(10_000) })
  .strict();

export const opSchema = z.union([singleOpSchema, batchSchema]);
export type BatchOp = z.infer<typeof batchSchema>;
export type Op = SingleOp | BatchOp;
export type Position = z.infer<typeof positionSchema>;
export type RowIds = z.infer<typeof deleteRows>['ids'];
