import { z } from 'zod';
import { field } from './entityKit';
import { nameSchema } from './fields';

/**
 * The three layers of a customer experience ("Outside In", Bodine and Manning): does the
 * interaction meet the customer's need, is it easy (effort), how does it feel (emotion). These
 * are the touchpoint's fields for the first layer and the words for the third, spread into the
 * touchpoint's descriptor (entities.ts).
 */

export const NEEDS_MET_LEVELS = [
  { value: 'met', word: 'Met' },
  { value: 'partly', word: 'Partly met' },
  { value: 'notMet', word: 'Not met' },
] as const;

export const needsMetSchema = z.enum(['met', 'partly', 'notMet']);
export type NeedsMet = z.infer<typeof needsMetSchema>;

/** The ratings survey data can set; a rating not listed in `fromData` is assumed. */
export const DATA_RATINGS = ['emotion', 'effort', 'needsMet'] as const;
export const dataRatingSchema = z.enum(DATA_RATINGS);
export type DataRating = z.infer<typeof dataRatingSchema>;

export const CX_LAYER_FIELDS = {
  /** Null is "not rated", as for emotion and effort. */
  needsMet: field(needsMetSchema.nullable(), {
    default: null,
    editable: true,
    csv: {
      header: 'Need met',
      aliases: ['need met', 'needs met', 'need'],
      cell: 'needsMet',
      label: 'need met',
    },
    inspector: {
      label: 'Need met',
      control: 'needsMet',
      choices: NEEDS_MET_LEVELS,
      lanes: ['touchpoints'],
      hint: 'Does this moment give the customer what they came for?',
    },
  }),
  /** The feeling in words (reassured, anxious…), since which emotion matters differs by sector. */
  feeling: field(nameSchema, {
    default: '',
    editable: true,
    // "Feeling" alone stays the emotion's alias, as CSV files before this column used it.
    csv: {
      header: 'Feeling in words',
      aliases: ['feeling in words', 'feeling words', 'feeling word'],
      cell: 'text',
      label: 'the feeling in words',
    },
    inspector: {
      label: 'Feeling in words',
      control: 'feeling',
      lanes: ['touchpoints'],
      placeholder: 'e.g. reassured',
      hint: 'Pick a word or type your own: which feeling matters differs by sector.',
    },
  }),
  /** Which ratings were set from survey metrics and confirmed; the others are assumed. */
  fromData: field(z.array(dataRatingSchema).max(DATA_RATINGS.length), {
    default: [] as DataRating[],
    editable: true,
    sql: 'json',
  }),
};
