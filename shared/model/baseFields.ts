import { field } from './entityKit';
import { idSchema } from './fields';

/** Fields many entities declare alike. */

export const id = field(idSchema);

/** The journey a row belongs to: deleting the journey takes the row along. */
export const ofJourney = field(idSchema, {
  ref: { table: 'journeys', onDelete: 'cascade', noun: 'journey' },
});
