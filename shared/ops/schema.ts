import { z } from 'zod';
import {
  colorSchema,
  connectionKindSchema,
  connectionSchema,
  effortSchema,
  emotionSchema,
  idSchema,
  journeySchema,
  journeyStateSchema,
  laneSchema,
  LIMITS,
  orderKeySchema,
  personaSchema,
  stageSchema,
  tagsSchema,
  touchpointSchema,
} from '../model/schema';

/** Where an item goes among its siblings: an index for the UI, an exact key for inverses. */
export const positionSchema = z.union([
  z.object({ index: z.number().int().min(0) }).strict(),
  z.object({ orderKey: orderKeySchema }).strict(),
]);

const name = z.string().max(LIMITS.name);
const text = z.string().max(LIMITS.text);

/** Ops are the boundary for hostile input: every object is strict, every array bounded. */
function op<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), ...shape }).strict();
}

function patchOf<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape).partial().strict();
}

const updateProject = op('updateProject', {
  patch: z.object({ name: z.string().min(1).max(LIMITS.name) }).strict(),
});

const updateJourney = op('updateJourney', {
  id: idSchema,
  patch: patchOf({
    name,
    description: text,
    state: journeyStateSchema,
    personaId: idSchema.nullable(),
    currentJourneyId: idSchema.nullable(),
  }),
});

const updatePersona = op('updatePersona', {
  id: idSchema,
  patch: patchOf({
    name,
    role: name,
    quote: text,
    goals: text,
    needs: text,
    frustrations: text,
    color: colorSchema,
  }),
});

const updateStage = op('updateStage', {
  id: idSchema,
  patch: patchOf({ name, color: colorSchema, description: text }),
});

const updateLane = op('updateLane', {
  id: idSchema,
  patch: patchOf({ name, collapsed: z.boolean(), hidden: z.boolean() }),
});

const updateTouchpoint = op('updateTouchpoint', {
  id: idSchema,
  patch: patchOf({
    title: z.string().max(LIMITS.title),
    description: text,
    channel: name,
    emotion: emotionSchema,
    effort: effortSchema,
    momentOfTruth: z.boolean(),
    owner: name,
    tags: tagsSchema,
    evidence: text,
  }),
});

const updateConnection = op('updateConnection', {
  id: idSchema,
  patch: patchOf({ label: z.string().max(LIMITS.title), kind: connectionKindSchema }),
});

const moveJourney = op('moveJourney', { id: idSchema, at: positionSchema });
const moveStage = op('moveStage', { id: idSchema, at: positionSchema });
const moveLane = op('moveLane', { id: idSchema, at: positionSchema });

const addStage = op('addStage', {
  stage: stageSchema.omit({ orderKey: true }).strict(),
  at: positionSchema,
});

const addLane = op('addLane', {
  lane: laneSchema.omit({ orderKey: true }).strict(),
  at: positionSchema,
});

const addTouchpoint = op('addTouchpoint', {
  touchpoint: touchpointSchema.omit({ orderKey: true }).strict(),
  at: positionSchema,
});

const moveTouchpoint = op('moveTouchpoint', {
  id: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  at: positionSchema,
});

const MAX_ROWS = 20_000;
const rows = <S extends z.ZodTypeAny>(row: S) => z.array(row).max(MAX_ROWS).optional();

/**
 * Whole rows, order keys included: what undoing a delete restores, and how templates,
 * duplicates, pastes and imports arrive. Every id must be new and every reference must resolve.
 */
export const rowSetSchema = z
  .object({
    personas: rows(personaSchema.strict()),
    journeys: rows(journeySchema.strict()),
    stages: rows(stageSchema.strict()),
    lanes: rows(laneSchema.strict()),
    touchpoints: rows(touchpointSchema.strict()),
    connections: rows(connectionSchema.strict()),
  })
  .strict();

const insertRows = op('insertRows', { rows: rowSetSchema });

const ids = z.array(idSchema).max(MAX_ROWS).optional();

/**
 * Deletes rows and everything that depends on them: a stage or lane takes its cards, a card its
 * connections, a journey all of its contents; links to a deleted persona or current-state
 * journey are cleared. The inverse puts every row and link back.
 */
const deleteRows = op('deleteRows', {
  ids: z
    .object({
      personas: ids,
      journeys: ids,
      stages: ids,
      lanes: ids,
      touchpoints: ids,
      connections: ids,
    })
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
  moveJourney,
  moveStage,
  moveLane,
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
