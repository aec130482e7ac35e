import { getEntity } from './doc';
import { newId } from './ids';
import { remapIds } from './references';
import type { ProjectDoc, RowSet } from './types';

export interface DuplicateOptions {
  name: string;
  orderKey: string;
  makeId?: () => string;
  /** Each copied card keeps a link to the card it was copied from (a future state does). */
  keepSource?: boolean;
}

/**
 * Every row of a copy of a journey (stages, lanes, cards, connections, links, quotes,
 * citations and saved views) under new ids, with references remapped into the copy and order
 * keys kept, ready for one insertRows op. The copy keeps the journey's persona and current-state
 * link: those point at rows outside the journey.
 */
export function duplicateJourney(
  doc: ProjectDoc,
  journeyId: string,
  { name, orderKey, makeId = newId, keepSource = false }: DuplicateOptions,
): RowSet {
  const original = getEntity(doc, 'journeys', journeyId);
  if (!original) throw new Error(`No journey with id ${journeyId}`);
  const ofJourney = <T extends { journeyId: string }>(rows: Record<string, T>) =>
    Object.values(rows).filter((r) => r.journeyId === journeyId);
  const cards = ofJourney(doc.touchpoints);
  const copy = remapIds(
    {
      journeys: [original],
      stages: ofJourney(doc.stages),
      lanes: ofJourney(doc.lanes),
      touchpoints: cards,
      connections: ofJourney(doc.connections),
      cardLinks: ofJourney(doc.cardLinks),
      implementations: ofJourney(doc.implementations),
      // Quotes and citations come along; the sources they name are the project's, shared.
      quotes: ofJourney(doc.quotes),
      citations: ofJourney(doc.citations),
      savedViews: ofJourney(doc.savedViews),
    },
    makeId,
  );
  const [journey] = copy.journeys ?? [];
  if (!journey) throw new Error('A copy always holds its journey');
  // remapIds keeps the order of the rows, so the i-th copy is of the i-th card.
  const touchpoints = keepSource
    ? copy.touchpoints?.map((t, i) => ({ ...t, sourceId: cards[i]?.id ?? null }))
    : copy.touchpoints;
  return { ...copy, touchpoints, journeys: [{ ...journey, name, orderKey }] };
}

export function futureStateName(currentName: string): string {
  return `${currentName} (future state)`;
}

/**
 * A future-state journey to design from a current-state one: a copy of it, linked back to it,
 * named "<name> (future state)" unless a name is given. Each card keeps its source card, so
 * the two states compare by identity however the copy is renamed or moved.
 */
export function futureStateOf(
  doc: ProjectDoc,
  currentJourneyId: string,
  options: Omit<DuplicateOptions, 'name'> & { name?: string },
): RowSet {
  const current = getEntity(doc, 'journeys', currentJourneyId);
  if (!current) throw new Error(`No journey with id ${currentJourneyId}`);
  if (current.state !== 'current') {
    throw new Error('A future state is made from a current-state journey');
  }
  const rows = duplicateJourney(doc, currentJourneyId, {
    ...options,
    name: options.name ?? futureStateName(current.name),
    keepSource: true,
  });
  const [journey] = rows.journeys ?? [];
  if (!journey) throw new Error('A duplicate always holds its journey');
  return { ...rows, journeys: [{ ...journey, state: 'future', currentJourneyId }] };
}
