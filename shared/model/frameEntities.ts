import { z } from 'zod';
import { colorSchema, idSchema, journeyStateSchema, laneKindSchema } from './fields';
import { entity, field } from './entityKit';
import { id, name, ofJourney, orderKey, text } from './baseFields';
import { JOURNEY_REVIEW_FIELDS } from './journeyReview';

/** The frame of a map: who it is for, the journey, its stages and its lanes. */

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
    ...JOURNEY_REVIEW_FIELDS,
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
  /** What the presenter says here: shown in the presenter view, a deck's speaker notes. */
  notes: text,
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
