import { getEntity, stagesOf } from '../../../../shared/model/doc';
import { holdsCards } from '../../../../shared/model/laneKinds';
import { addTouchpoint } from '../actions';
import type { DocumentStore, Selection } from '../documentStore';
import { navKey, type NavKey, type NavTarget } from './navModel';

/** What the selection becomes when the keyboard lands on an item: selection follows focus. */
export function selectionFor(target: NavTarget): Selection {
  switch (target.kind) {
    case 'card':
      return { kind: 'touchpoint', ids: [target.id] };
    case 'stage':
      return { kind: 'stage', ids: [target.id] };
    case 'add':
      return { kind: 'stage', ids: [target.stageId] };
    case 'lane':
      return { kind: 'lane', ids: [target.id] };
    default:
      return null;
  }
}

const sameSelection = (a: Selection, b: Selection) =>
  a === b || (a?.kind === b?.kind && a?.ids.join() === b?.ids.join());

export function selectTarget(store: DocumentStore, target: NavTarget): void {
  const next = selectionFor(target);
  if (!sameSelection(store.getState().selection, next)) store.getState().select(next);
}

/** The map item that stands for the selection: where Escape from a field takes the focus. */
export function keyForSelection(selection: Selection, doc: DocumentStore): NavKey | null {
  const id = selection?.ids[0];
  if (!selection || !id) return null;
  switch (selection.kind) {
    case 'touchpoint':
      return navKey.card(id);
    case 'stage':
      return navKey.stage(id);
    case 'lane':
      return navKey.lane(id);
    case 'connection': {
      const connection = getEntity(doc.getState().doc, 'connections', id);
      return connection ? navKey.card(connection.fromId) : null;
    }
  }
}

/** The stage an item belongs to, if any (a lane label belongs to none). */
export function stageOfTarget(store: DocumentStore, target: NavTarget | undefined): string | null {
  switch (target?.kind) {
    case 'card':
      return getEntity(store.getState().doc, 'touchpoints', target.id)?.stageId ?? null;
    case 'stage':
      return target.id;
    case 'add':
    case 'cell':
      return target.stageId;
    default:
      return null;
  }
}

/**
 * N (or Enter on an empty cell) adds a card where the keyboard is: in an empty cell, that lane
 * of that stage; on a lane's label, that lane of the first stage. False when the item is not a
 * place to add to (the command then adds as it always did).
 */
export function addCardAt(store: DocumentStore, target: NavTarget): boolean {
  if (target.kind === 'cell') return addTouchpoint(store, target.stageId, target.laneId) !== null;
  if (target.kind !== 'lane') return false;
  const { doc, journeyId } = store.getState();
  const lane = getEntity(doc, 'lanes', target.id);
  const first = stagesOf(doc, journeyId)[0];
  return first && lane && holdsCards(lane.kind) && !lane.collapsed
    ? addTouchpoint(store, first.id, target.id) !== null
    : false;
}
