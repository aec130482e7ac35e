import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { EFFORT_MAX, EFFORT_MIN, EMOTION_MAX, EMOTION_MIN } from './scales';

/** Text limits keep one pasted novel from bloating the file or freezing the canvas. */
export const LIMITS = {
  name: 200,
  title: 500,
  text: 20_000,
  id: 64,
  orderKey: 200,
} as const;

export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, "-" and "_"');

/** A fractional-indexing key: any other string would make every later insert beside it throw. */
function isOrderKey(key: string): boolean {
  if (!/^[0-9A-Za-z]+$/.test(key)) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

export const orderKeySchema = z
  .string()
  .min(1)
  .max(LIMITS.orderKey)
  .refine(isOrderKey, 'not a valid order key');

export const emotionSchema = z.number().int().min(EMOTION_MIN).max(EMOTION_MAX);
export const effortSchema = z.number().int().min(EFFORT_MIN).max(EFFORT_MAX);
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb');

export const journeyStateSchema = z.enum(['current', 'future']);

export const journeySchema = z.object({
  id: idSchema,
  name: z.string().max(LIMITS.name),
  description: z.string().max(LIMITS.text),
  state: journeyStateSchema,
  orderKey: orderKeySchema,
});

export const stageSchema = z.object({
  id: idSchema,
  journeyId: idSchema,
  name: z.string().max(LIMITS.name),
  color: colorSchema,
  orderKey: orderKeySchema,
});

export const laneKindSchema = z.enum(['touchpoints']);

export const laneSchema = z.object({
  id: idSchema,
  journeyId: idSchema,
  kind: laneKindSchema,
  name: z.string().max(LIMITS.name),
  orderKey: orderKeySchema,
});

export const touchpointSchema = z.object({
  id: idSchema,
  journeyId: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  orderKey: orderKeySchema,
  title: z.string().max(LIMITS.title),
  emotion: emotionSchema,
  effort: effortSchema,
});

export const projectInfoSchema = z.object({
  name: z.string().max(LIMITS.name),
  createdAt: z.string(),
});

export const ENTITY_SCHEMAS = {
  journeys: journeySchema,
  stages: stageSchema,
  lanes: laneSchema,
  touchpoints: touchpointSchema,
} as const;
