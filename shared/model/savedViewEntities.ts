import { z } from 'zod';
import { entity, field } from './entityKit';
import { id, name, ofJourney, orderKey } from './baseFields';
import { effortSchema, emotionSchema, idSchema, LIMITS } from './fields';
import { EFFORT_MAX, EFFORT_MIN } from './scales';

/** The search bar's filter as a saved view keeps it (shared/model/filter.ts's CardFilter). */
export const savedFilterSchema = z
  .object({
    text: z.string().max(LIMITS.name),
    channel: z.string().max(LIMITS.name),
    emotions: z.array(emotionSchema).max(5),
    effortMin: effortSchema,
    effortMax: effortSchema,
    tag: z.string().max(LIMITS.tag),
    momentOfTruthOnly: z.boolean(),
  })
  .strict();

/**
 * The part of the map in view, as fractions of the map's width and height (0 = left or top
 * edge, 1 = right or bottom): the same part frames alike on the editor's canvas and on a
 * projector, whose larger type makes the map larger in map units.
 */
export const viewFrameSchema = z
  .object({
    left: z.number().min(-1).max(2),
    top: z.number().min(-1).max(2),
    right: z.number().min(-1).max(2),
    bottom: z.number().min(-1).max(2),
  })
  .strict()
  .refine((f) => f.right > f.left && f.bottom > f.top, 'a view frame has a size');

export const WHOLE_MAP_FRAME = { left: 0, top: 0, right: 1, bottom: 1 };

/**
 * A named view of a journey: a filter, the part of the map in view, and the lanes it hides.
 * Hidden rather than visible lanes, so a lane added later shows. The lane ids are remapped with
 * the lanes when a journey is copied or imported (`idsOf`, shared/model/references.ts).
 */
export const SAVED_VIEW = entity('savedViews', 'saved view', {
  id,
  journeyId: ofJourney,
  name,
  filter: field(savedFilterSchema, {
    default: {
      text: '',
      channel: '',
      emotions: [] as number[],
      effortMin: EFFORT_MIN,
      effortMax: EFFORT_MAX,
      tag: '',
      momentOfTruthOnly: false,
    },
    editable: true,
    sql: 'json',
  }),
  frame: field(viewFrameSchema, { default: WHOLE_MAP_FRAME, editable: true, sql: 'json' }),
  hiddenLaneIds: field(z.array(idSchema).max(200), {
    default: [] as string[],
    editable: true,
    sql: 'json',
    idsOf: 'lanes',
  }),
  orderKey,
});
