import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { EFFORT_MAX, EFFORT_MIN, EMOTION_MAX, EMOTION_MIN } from './scales';
import { LANE_KIND_IDS } from './laneKinds';

/** Text limits keep one pasted novel from bloating the file or freezing the canvas. */
export const LIMITS = {
  name: 200,
  title: 500,
  text: 20_000,
  id: 64,
  orderKey: 200,
  tags: 30,
  tag: 60,
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

export const textSchema = z.string().max(LIMITS.text);
export const nameSchema = z.string().max(LIMITS.name);
export const titleSchema = z.string().max(LIMITS.title);

/** Declared with their labels, colours and rules in laneKinds.ts. */
export const LANE_KINDS = LANE_KIND_IDS;

export const laneKindSchema = z.enum(LANE_KINDS);

export const tagsSchema = z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tags);

export const connectionKindSchema = z.enum(['path', 'alternative', 'failure']);
