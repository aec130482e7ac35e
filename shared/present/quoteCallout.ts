import { getEntity } from '../model/doc';
import { quoteBylineParts, quotesOf } from '../model/evidence';
import type { ProjectDoc } from '../model/types';
import type { JourneyLayout } from '../layout/layoutJourney';
import { revealOrder, type PresentStep } from './steps';

/** The quote a presentation step shows beside the stage, with whose words and which card. */
export interface QuoteCallout {
  quoteId: string;
  text: string;
  /** Who, the source's name and the day, the parts that are known: "P7", "Guest interviews". */
  byline: string[];
  cardTitle: string;
}

/**
 * One quote for the step: on a stage, the first quote of the card just revealed (reveal mode),
 * else of the first card on show that has one, lane by lane from the top (the reveal order).
 * None on the overview, and never from a card not yet revealed.
 */
export function quoteCallout(
  doc: ProjectDoc,
  layout: JourneyLayout,
  step: PresentStep,
): QuoteCallout | null {
  if (step.kind !== 'stage') return null;
  const shown = revealOrder(layout, step.stageId).slice(0, step.revealed);
  const focused = step.revealed < step.cardCount ? shown.at(-1) : undefined;
  const candidates = focused ? [focused, ...shown] : shown;
  for (const cardId of candidates) {
    const quote = quotesOf(doc, cardId)[0];
    if (!quote) continue;
    const card = getEntity(doc, 'touchpoints', cardId);
    return {
      quoteId: quote.id,
      text: quote.text,
      byline: quoteBylineParts(doc, quote),
      cardTitle: card?.title.trim() || 'Untitled card',
    };
  }
  return null;
}
