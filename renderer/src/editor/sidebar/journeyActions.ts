import { getEntity, journeyList, personaList } from '../../../../shared/model/doc';
import { duplicateJourney, futureStateOf } from '../../../../shared/model/duplicateJourney';
import { neighbourJourneyId } from '../../../../shared/model/shownJourney';
import { nextPersonaColor } from '../../../../shared/model/personaColor';
import { rowsFromTemplate } from '../../../../shared/model/templateRows';
import type { ProjectDoc, RowSet } from '../../../../shared/model/types';
import { orderKeysAt } from '../../../../shared/ops/position';
import type { DocumentStore } from '../documentStore';

/** Journey edits the sidebar starts; each is one op, so one undo step. */

const keyAt = (doc: ProjectDoc, index: number) =>
  orderKeysAt(journeyList(doc), index, 1)[0] as string;

/** Inserts a new journey's rows and shows it. */
function insertJourney(store: DocumentStore, rows: RowSet): string | null {
  const id = rows.journeys?.[0]?.id;
  if (!id) return null;
  store.getState().dispatch({ type: 'insertRows', rows });
  if (!getEntity(store.getState().doc, 'journeys', id)) return null;
  store.getState().setJourney(id);
  return id;
}

export function createJourneyFromTemplate(store: DocumentStore, templateId: string) {
  const { doc } = store.getState();
  const personas = personaList(doc);
  const last = personas[personas.length - 1];
  return insertJourney(
    store,
    rowsFromTemplate(templateId, {
      orderKey: keyAt(doc, journeyList(doc).length),
      personaOrderKey: orderKeysAt(last ? [last] : [], 1, 1)[0],
      personaColor: nextPersonaColor(personas),
    }),
  );
}

const indexOf = (doc: ProjectDoc, id: string) => journeyList(doc).findIndex((j) => j.id === id);

export function duplicateJourneyAt(store: DocumentStore, id: string) {
  const { doc } = store.getState();
  const original = getEntity(doc, 'journeys', id);
  if (!original) return null;
  const orderKey = keyAt(doc, indexOf(doc, id) + 1);
  return insertJourney(
    store,
    duplicateJourney(doc, id, { name: `${original.name} (copy)`, orderKey }),
  );
}

export function createFutureState(store: DocumentStore, id: string) {
  const { doc } = store.getState();
  if (getEntity(doc, 'journeys', id)?.state !== 'current') return null;
  return insertJourney(
    store,
    futureStateOf(doc, id, { orderKey: keyAt(doc, indexOf(doc, id) + 1) }),
  );
}

export function renameJourney(store: DocumentStore, id: string, name: string) {
  store.getState().dispatch({ type: 'updateJourney', id, patch: { name } });
}

/** Deletes a journey with everything in it; the one on screen gives way to its neighbour. */
export function deleteJourney(store: DocumentStore, id: string) {
  const { doc, journeyId } = store.getState();
  if (!getEntity(doc, 'journeys', id)) return;
  const neighbour = neighbourJourneyId(doc, id);
  store.getState().dispatch({ type: 'deleteRows', ids: { journeys: [id] } });
  if (journeyId === id && neighbour && !getEntity(store.getState().doc, 'journeys', id)) {
    store.getState().setJourney(neighbour);
  }
}

/** Moves a journey one place up (-1) or down (+1) in the list. */
export function moveJourneyBy(store: DocumentStore, id: string, delta: -1 | 1) {
  const { doc } = store.getState();
  const index = indexOf(doc, id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= journeyList(doc).length) return;
  // The index counts the other journeys: the moved one is left out of its siblings.
  store.getState().dispatch({ type: 'moveJourney', id, at: { index: target } });
}
