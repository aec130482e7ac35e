import { findLink, linkBetween } from '../../../shared/model/cardLinks';
import {
  cellTouchpoints,
  connectionsOf,
  getEntity,
  lanesOf,
  stagesOf,
} from '../../../shared/model/doc';
import { makeConnection, makeStage, makeTouchpoint } from '../../../shared/model/factories';
import { newId } from '../../../shared/model/ids';
import { stageColor } from '../../../shared/model/templates';
import type { DropTarget } from '../../../shared/layout/hitTest';
import { orderKeysAt } from '../../../shared/ops/position';
import type { SingleOp } from '../../../shared/ops/schema';
import type { DocumentStore, SelectionKind } from './documentStore';
import { holdsTouchpoints } from '../../../shared/model/laneKinds';

/** Edits that several places start (buttons, double-clicks, shortcuts), written once. */

export function addTouchpoint(
  store: DocumentStore,
  stageId: string,
  laneId?: string,
): string | null {
  const { doc, journeyId } = store.getState();
  const lane = laneId ?? lanesOf(doc, journeyId).find((l) => holdsTouchpoints(l.kind))?.id;
  if (!lane || !getEntity(doc, 'stages', stageId)) return null;
  const id = newId();
  store.getState().dispatch({
    type: 'addTouchpoint',
    touchpoint: makeTouchpoint({ id, journeyId, stageId, laneId: lane, title: '' }),
    at: { index: cellTouchpoints(doc, stageId, lane).length },
  });
  store.getState().select({ kind: 'touchpoint', ids: [id] });
  store.getState().requestFocus({ id, field: 'title' });
  return id;
}

export function addStage(store: DocumentStore, index?: number): string {
  const { doc, journeyId } = store.getState();
  const count = stagesOf(doc, journeyId).length;
  const id = newId();
  store.getState().dispatch({
    type: 'addStage',
    stage: makeStage({ id, journeyId, name: `Stage ${count + 1}`, color: stageColor(count) }),
    at: { index: index ?? count },
  });
  store.getState().select({ kind: 'stage', ids: [id] });
  store.getState().requestFocus({ id, field: 'name' });
  return id;
}

/** The table each kind of selection names rows of. */
export const SELECTION_TABLES = {
  touchpoint: 'touchpoints',
  stage: 'stages',
  lane: 'lanes',
  connection: 'connections',
} as const satisfies Record<SelectionKind, string>;

/**
 * Draws an arrow between two cards of the shown journey; refused quietly for a card to itself
 * or an arrow that already exists, as a drag that ends where it began should be.
 */
/** Adds the link `fromId -> toId` unless it is there already: one insert, so one undo step. */
export function linkCards(store: DocumentStore, fromId: string, toId: string): void {
  const { doc, dispatch } = store.getState();
  const from = getEntity(doc, 'touchpoints', fromId);
  if (!from || findLink(doc, fromId, toId)) return;
  dispatch({
    type: 'insertRows',
    rows: { cardLinks: [{ id: newId(), journeyId: from.journeyId, fromId, toId }] },
  });
}

/**
 * What dragging from one card onto another makes: a link when their lanes give it a meaning
 * (a pain point and a touchpoint, an opportunity and a pain point or touchpoint, either way
 * round), and selects the card the link starts from, whose links then show; otherwise an arrow.
 */
export function connectOrLink(store: DocumentStore, fromId: string, toId: string): void {
  const link = linkBetween(store.getState().doc, fromId, toId);
  if (!link) return connectTouchpoints(store, fromId, toId);
  linkCards(store, link.fromId, link.toId);
  store.getState().select({ kind: 'touchpoint', ids: [link.fromId] });
}

export function connectTouchpoints(store: DocumentStore, fromId: string, toId: string): void {
  const { doc, journeyId, dispatch, select } = store.getState();
  const from = getEntity(doc, 'touchpoints', fromId);
  const to = getEntity(doc, 'touchpoints', toId);
  if (!from || !to || fromId === toId) return;
  if (from.journeyId !== journeyId || to.journeyId !== journeyId) return;
  const exists = connectionsOf(doc, journeyId).some((c) => c.fromId === fromId && c.toId === toId);
  if (exists) return;
  const id = newId();
  dispatch({
    type: 'insertRows',
    rows: { connections: [makeConnection({ id, journeyId, fromId, toId })] },
  });
  select({ kind: 'connection', ids: [id] });
}

export function deleteSelection(store: DocumentStore): void {
  const { selection, doc, dispatch, select } = store.getState();
  if (!selection || selection.ids.length === 0) return;
  const table = SELECTION_TABLES[selection.kind];
  const ids = selection.ids.filter((id) => getEntity(doc, table, id));
  if (ids.length === 0) return;
  // One op: its cascade (cards, connections) and its undo are worked out in one place.
  dispatch({ type: 'deleteRows', ids: { [table]: ids } });
  select(null);
}

/**
 * Moves cards together to `target`, keeping their journey order (`ids` in that order), in one
 * undo step. Exact keys rather than indexes, so cards moving out of the cell do not shift it.
 */
export function moveTouchpoints(
  store: DocumentStore,
  ids: readonly string[],
  target: DropTarget,
): void {
  const { doc, dispatch } = store.getState();
  const moving = new Set(ids);
  const others = cellTouchpoints(doc, target.stageId, target.laneId).filter(
    (t) => !moving.has(t.id),
  );
  const keys = orderKeysAt(others, target.index, ids.length);
  const ops = ids.map((id, i): SingleOp => ({
    type: 'moveTouchpoint',
    id,
    stageId: target.stageId,
    laneId: target.laneId,
    at: { orderKey: keys[i] as string },
  }));
  const single = ops[0];
  if (!single) return;
  dispatch(ops.length === 1 ? single : { type: 'batch', ops });
}
