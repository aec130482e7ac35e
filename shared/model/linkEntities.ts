import { cardOfJourney, id, ofJourney } from './baseFields';
import { entity, field } from './entityKit';
import { idSchema } from './fields';

const linkedCard = cardOfJourney('A link joins cards of its own journey');

/**
 * One card concerning another: a pain point -> a touchpoint it hurts, an opportunity -> a pain
 * point it addresses or a touchpoint it changes. What a link means is read from the lanes of
 * its two cards (shared/model/cardLinks.ts), so moving a card never leaves a link mislabelled.
 */
export const CARD_LINK = entity(
  'cardLinks',
  'card link',
  { id, journeyId: ofJourney, fromId: linkedCard, toId: linkedCard },
  [
    {
      field: 'toId',
      message: 'A link joins two different cards',
      broken: (l) => l.fromId === l.toId,
    },
  ],
);

/**
 * An opportunity (of the current state) that a future-state journey implements. Only future
 * states list them; a journey switched back to current keeps its rows, unread, so switching
 * again loses nothing.
 */
export const IMPLEMENTATION = entity('implementations', 'implemented opportunity', {
  id,
  journeyId: ofJourney,
  opportunityId: field(idSchema, {
    ref: { table: 'touchpoints', onDelete: 'cascade', noun: 'opportunity' },
  }),
});
