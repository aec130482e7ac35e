import {
  copyCards,
  notesLeftOutMessage,
  planPaste,
  type CardClipboard,
} from '../../../../shared/model/clipboard';
import { getEntity, stagesOf } from '../../../../shared/model/doc';
import { nudgeTarget, type NudgeDirection } from '../../../../shared/model/nudge';
import { addTouchpoint, deleteSelection, moveTouchpoints } from '../actions';
import type { DocumentStore } from '../documentStore';

/**
 * The in-app clipboard: one for the whole app, so cards copied in one journey paste into
 * another. The system clipboard gets the same cards as JSON for other tools.
 */
let clipboard: CardClipboard | null = null;

export const hasCopiedCards = () => clipboard !== null;

/** The selected cards that still exist. */
export function selectedCardIds(store: DocumentStore): string[] {
  const { selection, doc } = store.getState();
  if (selection?.kind !== 'touchpoint') return [];
  return selection.ids.filter((id) => getEntity(doc, 'touchpoints', id));
}

export function copySelectedCards(store: DocumentStore): void {
  const copied = copyCards(store.getState().doc, selectedCardIds(store));
  if (!copied) return;
  clipboard = copied;
  // Best effort: without permission or focus the write fails, and the in-app copy still works.
  navigator.clipboard?.writeText(JSON.stringify(copied, null, 2)).catch(() => undefined);
}

export function cutSelectedCards(store: DocumentStore): void {
  copySelectedCards(store);
  deleteSelection(store);
}

/** Inserts the cards as one op (one undo step) and selects the new ones. */
function insertCards(store: DocumentStore, cards: CardClipboard): void {
  const { doc, journeyId, dispatch, select } = store.getState();
  const { rows, notesLeftOut } = planPaste(doc, cards, journeyId);
  // A note is never turned into a touchpoint: say why it is missing instead.
  const leftOut = notesLeftOutMessage(notesLeftOut);
  if (leftOut) store.setState({ saveError: leftOut });
  const ids = rows.touchpoints?.map((t) => t.id) ?? [];
  if (ids.length === 0) return;
  dispatch({ type: 'insertRows', rows });
  select({ kind: 'touchpoint', ids });
}

export function pasteCopiedCards(store: DocumentStore): void {
  if (clipboard) insertCards(store, clipboard);
}

/** Copies of the selected cards at the end of their cells; the clipboard stays as it was. */
export function duplicateSelectedCards(store: DocumentStore): void {
  const copied = copyCards(store.getState().doc, selectedCardIds(store));
  if (copied) insertCards(store, copied);
}

export function selectAllCards(store: DocumentStore): void {
  const { doc, journeyId, select } = store.getState();
  const ids = Object.values(doc.touchpoints)
    .filter((t) => t.journeyId === journeyId)
    .map((t) => t.id);
  select(ids.length > 0 ? { kind: 'touchpoint', ids } : null);
}

export function canNudge(store: DocumentStore, direction: NudgeDirection): boolean {
  return nudgeTarget(store.getState().doc, selectedCardIds(store), direction) !== null;
}

export function nudgeSelectedCards(store: DocumentStore, direction: NudgeDirection): void {
  const move = nudgeTarget(store.getState().doc, selectedCardIds(store), direction);
  if (move) moveTouchpoints(store, move.ids, move.target);
}

/** A new card in the selected card's cell, else in the selected stage, else the first stage. */
export function addTouchpointNearSelection(store: DocumentStore): void {
  const { doc, journeyId, selection } = store.getState();
  const card = getEntity(doc, 'touchpoints', selectedCardIds(store)[0] ?? '');
  if (card) {
    addTouchpoint(store, card.stageId, card.laneId);
    return;
  }
  const stageId = selection?.kind === 'stage' ? selection.ids[0] : stagesOf(doc, journeyId)[0]?.id;
  if (stageId) addTouchpoint(store, stageId);
}
