import { z } from 'zod';
import {
  colorSchema,
  effortSchema,
  emotionSchema,
  idSchema,
  LIMITS,
  orderKeySchema,
  stageSchema,
  touchpointSchema,
} from '../model/schema';

/** Where an item goes among its siblings: an index for the UI, an exact key for inverses. */
export const positionSchema = z.union([
  z.object({ index: z.number().int().min(0) }).strict(),
  z.object({ orderKey: orderKeySchema }).strict(),
]);

const newStageSchema = stageSchema.omit({ orderKey: true });
const newTouchpointSchema = touchpointSchema.omit({ orderKey: true });

const updateProject = z
  .object({
    type: z.literal('updateProject'),
    patch: z.object({ name: z.string().min(1).max(LIMITS.name) }).strict(),
  })
  .strict();

const updateJourney = z
  .object({
    type: z.literal('updateJourney'),
    id: idSchema,
    patch: z
      .object({
        name: z.string().max(LIMITS.name).optional(),
        description: z.string().max(LIMITS.text).optional(),
      })
      .strict(),
  })
  .strict();

const addStage = z
  .object({
    type: z.literal('addStage'),
    stage: newStageSchema.strict(),
    at: positionSchema,
    /** Touchpoints that come back with the stage when a delete is undone. */
    touchpoints: z.array(touchpointSchema.strict()).optional(),
  })
  .strict();

const updateStage = z
  .object({
    type: z.literal('updateStage'),
    id: idSchema,
    patch: z
      .object({ name: z.string().max(LIMITS.name).optional(), color: colorSchema.optional() })
      .strict(),
  })
  .strict();

const moveStage = z
  .object({ type: z.literal('moveStage'), id: idSchema, at: positionSchema })
  .strict();

const deleteStage = z.object({ type: z.literal('deleteStage'), id: idSchema }).strict();

const addTouchpoint = z
  .object({
    type: z.literal('addTouchpoint'),
    touchpoint: newTouchpointSchema.strict(),
    at: positionSchema,
  })
  .strict();

const updateTouchpoint = z
  .object({
    type: z.literal('updateTouchpoint'),
    id: idSchema,
    patch: z
      .object({
        title: z.string().max(LIMITS.title).optional(),
        emotion: emotionSchema.optional(),
        effort: effortSchema.optional(),
      })
      .strict(),
  })
  .strict();

const moveTouchpoint = z
  .object({
    type: z.literal('moveTouchpoint'),
    id: idSchema,
    stageId: idSchema,
    laneId: idSchema,
    at: positionSchema,
  })
  .strict();

const deleteTouchpoint = z.object({ type: z.literal('deleteTouchpoint'), id: idSchema }).strict();

const singleOpSchema = z.discriminatedUnion('type', [
  updateProject,
  updateJourney,
  addStage,
  updateStage,
  moveStage,
  deleteStage,
  addTouchpoint,
  updateTouchpoint,
  moveTouchpoint,
  deleteTouchpoint,
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
