import { field } from './entityKit';
import { idSchema, nameSchema, orderKeySchema, textSchema } from './fields';

/** Fields many entities declare alike. */

export const id = field(idSchema);
export const orderKey = field(orderKeySchema);
export const name = field(nameSchema, { default: '', editable: true });
export const text = field(textSchema, { default: '', editable: true });

/** The journey a row belongs to: deleting the journey takes the row along. */
export const ofJourney = field(idSchema, {
  ref: { table: 'journeys', onDelete: 'cascade', noun: 'journey' },
});

/** A card of the row's own journey, taking the row with it when it goes: `message` if not. */
export const cardOfJourney = (message: string) =>
  field(idSchema, {
    ref: { table: 'touchpoints', onDelete: 'cascade', noun: 'card', sameJourney: message },
  });
