import { z } from 'zod';
import { cardOfJourney, id, name, ofJourney, orderKey, text } from './baseFields';
import { entity, field } from './entityKit';
import { idSchema, LIMITS } from './fields';
import { isCalendarDay } from './opportunityScales';

/**
 * The research behind a map: the sources a team draws on (project-wide, since one interview
 * round informs many journeys), the verbatim quotes on a card and the sources a card cites.
 */

export const SOURCE_KINDS = [
  { value: 'interview', word: 'Interview' },
  { value: 'survey', word: 'Survey' },
  { value: 'analytics', word: 'Analytics' },
  { value: 'supportTickets', word: 'Support tickets' },
  { value: 'observation', word: 'Observation' },
  { value: 'other', word: 'Other' },
] as const;

export const sourceKindSchema = z.enum(SOURCE_KINDS.map((k) => k.value) as [string, ...string[]]);

/** A day written YYYY-MM-DD, or '' when not known. */
export const evidenceDaySchema = z
  .string()
  .max(10)
  .refine((v) => v === '' || isCalendarDay(v), 'a date is a day written YYYY-MM-DD');

const day = field(evidenceDaySchema, { default: '', editable: true });

export const SOURCE = entity('sources', 'research source', {
  id,
  name,
  kind: field(sourceKindSchema, { default: 'interview', editable: true }),
  /** When the research took place. */
  date: day,
  note: text,
  orderKey,
});

const quotedCard = cardOfJourney('A quote belongs to a card of its own journey');
const citingCard = cardOfJourney('A citation belongs to a card of its own journey');

/** What a customer said, word for word, about the moment a card (touchpoint or note) is. */
export const QUOTE = entity('quotes', 'quote', {
  id,
  journeyId: ofJourney,
  cardId: quotedCard,
  text: field(z.string().min(1).max(LIMITS.text), { editable: true }),
  /** Who said it: a participant ("P7") or a segment ("Frequent travellers"). */
  who: name,
  sourceId: field(idSchema.nullable(), {
    default: null,
    editable: true,
    ref: { table: 'sources', onDelete: 'setNull', noun: 'research source' },
  }),
  date: day,
  orderKey,
});

/** A card citing a research source: how evidence strength is counted. */
export const CITATION = entity('citations', 'citation', {
  id,
  journeyId: ofJourney,
  cardId: citingCard,
  sourceId: field(idSchema, {
    ref: { table: 'sources', onDelete: 'cascade', noun: 'research source' },
  }),
});
