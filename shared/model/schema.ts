import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { LANE_KIND_IDS } from './laneKinds';
import { EFFORT_MAX, EFFORT_MIN, EMOTION_MAX, EMOTION_MIN } from './scales';

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

const text = z.string().max(LIMITS.text);

export const personaSchema = z.object({
  id: idSchema,
  name: z.string().max(LIMITS.name),
  role: z.string().max(LIMITS.name),
  quote: text,
  /** Goals, needs and frustrations are one item per line, as people write them on a canvas. */
  goals: text,
  needs: text,
  frustrations: text,
  color: colorSchema,
  orderKey: orderKeySchema,
});

export const journeySchema = z.object({
  id: idSchema,
  name: z.string().max(LIMITS.name),
  description: text,
  state: journeyStateSchema,
  personaId: idSchema.nullable(),
  /** For a future state: the current-state journey it improves on. */
  currentJourneyId: idSchema.nullable(),
  orderKey: orderKeySchema,
});

export const stageSchema = z.object({
  id: idSchema,
  journeyId: idSchema,
  name: z.string().max(LIMITS.name),
  color: colorSchema,
  /** The customer's goal in this stage. */
  description: text,
  orderKey: orderKeySchema,
});

/** Declared with their labels, colours and rules in laneKinds.ts. */
export const LANE_KINDS = LANE_KIND_IDS;

export const laneKindSchema = z.enum(LANE_KINDS);

export const laneSchema = z.object({
  id: idSchema,
  journeyId: idSchema,
  kind: laneKindSchema,
  name: z.string().max(LIMITS.name),
  collapsed: z.boolean(),
  hidden: z.boolean(),
  orderKey: orderKeySchema,
});

export const tagsSchema = z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tags);

/**
 * A card in a stage x lane cell. In a touchpoints lane it is a touchpoint and every field
 * means something; cards of the other lanes use the title and description, and keep neutral
 * values in the rest so that moving a card between lanes never loses what was typed.
 */
export const touchpointSchema = z.object({
  id: idSchema,
  journeyId: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  orderKey: orderKeySchema,
  title: z.string().max(LIMITS.title),
  description: text,
  channel: z.string().max(LIMITS.name),
  emotion: emotionSchema,
  effort: effortSchema,
  momentOfTruth: z.boolean(),
  owner: z.string().max(LIMITS.name),
  tags: tagsSchema,
  /** Where the insight came from: interviews, analytics, support tickets. */
  evidence: text,
});

export const connectionKindSchema = z.enum(['path', 'alternative', 'failure']);

export const connectionSchema = z.object({
  id: idSchema,
  journeyId: idSchema,
  fromId: idSchema,
  toId: idSchema,
  label: z.string().max(LIMITS.title),
  kind: connectionKindSchema,
});

export const projectInfoSchema = z.object({
  name: z.string().max(LIMITS.name),
  createdAt: z.string(),
});

export const ENTITY_SCHEMAS = {
  personas: personaSchema,
  journeys: journeySchema,
  stages: stageSchema,
  lanes: laneSchema,
  touchpoints: touchpointSchema,
  connections: connectionSchema,
} as const;
