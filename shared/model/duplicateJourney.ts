import { getEntity } from './doc';
import { newId } from './ids';
import type { Journey, ProjectDoc, RowSet } from './types';

export interface DuplicateOptions {
  name: string;
  orderKey: string;
  makeId?: () => string;
}

function idMapper(makeId: () => string) {
  const ids = new Map<string, string>();
  return {
    fresh(oldId: string): string {
      const id = makeId();
      ids.set(oldId, id);
      return id;
    },
    /** A reference inside the copy; a missing one would mean the original itself is broken. */
    of(oldId: string): string {
      const id = ids.get(oldId);
      if (id === undefined) throw new Error(`Reference ${oldId} points outside the journey`);
      return id;
    },
  };
}

/**
 * Every row of a copy of a journey (stages, lanes, cards, connections) under new ids, with
 * references remapped into the copy and order keys kept, ready for one insertRows op. The copy
 * keeps the journey's persona and current-state link: those point at rows outside the journey.
 */
export function duplicateJourney(
  doc: ProjectDoc,
  journeyId: string,
  { name, orderKey, makeId = newId }: DuplicateOptions,
): RowSet {
  const original = getEntity(doc, 'journeys', journeyId);
  if (!original) throw new Error(`No journey with id ${journeyId}`);
  const ids = idMapper(makeId);
  const copyId = ids.fresh(journeyId);
  const journey: Journey = { ...original, id: copyId, name, orderKey };
  // Parents first, so every child finds its parent's new id.
  const stages = Object.values(doc.stages)
    .filter((s) => s.journeyId === journeyId)
    .map((s) => ({ ...s, id: ids.fresh(s.id), journeyId: copyId }));
  const lanes = Object.values(doc.lanes)
    .filter((l) => l.journeyId === journeyId)
    .map((l) => ({ ...l, id: ids.fresh(l.id), journeyId: copyId }));
  const touchpoints = Object.values(doc.touchpoints)
    .filter((t) => t.journeyId === journeyId)
    .map((t) => ({
      ...t,
      id: ids.fresh(t.id),
      journeyId: copyId,
      stageId: ids.of(t.stageId),
      laneId: ids.of(t.laneId),
      tags: [...t.tags],
    }));
  const connections = Object.values(doc.connections)
    .filter((c) => c.journeyId === journeyId)
    .map((c) => ({
      ...c,
      id: makeId(),
      journeyId: copyId,
      fromId: ids.of(c.fromId),
      toId: ids.of(c.toId),
    }));
  return { journeys: [journey], stages, lanes, touchpoints, connections };
}

export function futureStateName(currentName: string): string {
  return `${currentName} (future state)`;
}

/**
 * A future-state journey to design from a current-state one: a copy of it, linked back to it,
 * named "<name> (future state)" unless a name is given.
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
  });
  const [journey] = rows.journeys ?? [];
  if (!journey) throw new Error('A duplicate always holds its journey');
  return { ...rows, journeys: [{ ...journey, state: 'future', currentJourneyId }] };
}
