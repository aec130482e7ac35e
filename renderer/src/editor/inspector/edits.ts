import { shiftedIndex } from '../../../../shared/ops/position';
import { cellTouchpoints, lanesOf, stagesOf } from '../../../../shared/model/doc';
import { makeLane } from '../../../../shared/model/factories';
import { newId } from '../../../../shared/model/ids';
import type { LaneKind, Touchpoint } from '../../../../shared/model/types';
import type { SingleOp } from '../../../../shared/ops/schema';
import { moveTouchpoints } from '../actions';
import type { DocumentStore } from '../documentStore';

/** Edits the inspector starts; the ones other places start too live in ../actions.ts. */

type CardPatch = Extract<SingleOp, { type: 'updateTouchpoint' }>['patch'];

/** One patch for several cards: one op, so one undo step. */
export function patchCards(
  store: DocumentStore,
  ids: readonly string[],
  patch: CardPatch,
  mergeKey?: string,
): void {
  const ops = ids.map((id): SingleOp => ({ type: 'updateTouchpoint', id, patch }));
  const only = ops[0];
  if (!only) return;
  store.getState().dispatch(ops.length === 1 ? only : { type: 'batch', ops }, { mergeKey });
}

/** Moves a card to the end of another cell. */
export function moveCardToCell(
  store: DocumentStore,
  card: Pick<Touchpoint, 'id'>,
  stageId: string,
  laneId: string,
): void {
  const others = cellTouchpoints(store.getState().doc, stageId, laneId).filter(
    (t) => t.id !== card.id,
  );
  moveTouchpoints(store, [card.id], { stageId, laneId, index: others.length });
}

export function moveStageBy(store: DocumentStore, id: string, delta: number): void {
  const { doc, journeyId, dispatch } = store.getState();
  const index = shiftedIndex(
    stagesOf(doc, journeyId).map((s) => s.id),
    id,
    delta,
  );
  if (index !== null) dispatch({ type: 'moveStage', id, at: { index } });
}

export function moveLaneBy(store: DocumentStore, id: string, delta: number): void {
  const { doc, journeyId, dispatch } = store.getState();
  const index = shiftedIndex(
    lanesOf(doc, journeyId).map((l) => l.id),
    id,
    delta,
  );
  if (index !== null) dispatch({ type: 'moveLane', id, at: { index } });
}

/** Adds a lane after `afterId` (or at the bottom) and selects it. */
export function addLane(
  store: DocumentStore,
  kind: LaneKind,
  name: string,
  afterId?: string,
): string {
  const { doc, journeyId, dispatch, select } = store.getState();
  const ids = lanesOf(doc, journeyId).map((l) => l.id);
  const after = afterId ? ids.indexOf(afterId) : -1;
  const id = newId();
  dispatch({
    type: 'addLane',
    lane: makeLane({ id, journeyId, kind, name }),
    at: { index: after >= 0 ? after + 1 : ids.length },
  });
  select({ kind: 'lane', ids: [id] });
  return id;
}
