import { cellTouchpoints, getEntity, lanesOf, stagesOf } from '../../../../shared/model/doc';
import { makeTouchpoint } from '../../../../shared/model/factories';
import { newId } from '../../../../shared/model/ids';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import type { ProjectDoc, Touchpoint } from '../../../../shared/model/types';
import { orderKeysAt } from '../../../../shared/ops/position';
import type { DocumentStore } from '../documentStore';
import type { TableRow } from './tableRows';

/** Where a new row's card goes: a cell of the journey and its order key there. */
export interface RowPlace {
  stageId: string;
  laneId: string;
  orderKey: string;
}

/**
 * Where "Add row" puts its card: right after `after` in that card's cell (a key between it and
 * the next card there, so the map shows it just below), or, with no card to follow (an empty
 * table, the cursor on the header), first in the journey's first stage and first lane of
 * touchpoints, the top of the table. Null when the journey has no such cell.
 */
export function newRowPlace(
  doc: ProjectDoc,
  journeyId: string,
  after: Touchpoint | undefined,
): RowPlace | null {
  if (after) {
    const cell = cellTouchpoints(doc, after.stageId, after.laneId);
    const index = cell.findIndex((c) => c.id === after.id) + 1;
    const [orderKey] = orderKeysAt(cell, index, 1);
    return { stageId: after.stageId, laneId: after.laneId, orderKey: orderKey! };
  }
  const stage = stagesOf(doc, journeyId)[0];
  const lane = lanesOf(doc, journeyId).find((l) => holdsTouchpoints(l.kind));
  if (!stage || !lane) return null;
  const [orderKey] = orderKeysAt(cellTouchpoints(doc, stage.id, lane.id), 0, 1);
  return { stageId: stage.id, laneId: lane.id, orderKey: orderKey! };
}

/**
 * Adds an untitled card after `after` (see newRowPlace) with the op the map's "Add touchpoint"
 * sends: one undo step, saved like any edit. Its id, or null when nothing was added.
 */
export function addRowAfter(store: DocumentStore, after: Touchpoint | undefined): string | null {
  const { doc, journeyId, dispatch } = store.getState();
  const place = newRowPlace(doc, journeyId, after);
  if (!place) return null;
  const id = newId();
  const { stageId, laneId, orderKey } = place;
  dispatch({
    type: 'addTouchpoint',
    touchpoint: makeTouchpoint({ id, journeyId, stageId, laneId, title: '' }),
    at: { orderKey },
  });
  // Refused while editing is paused (a failed save being reloaded).
  return getEntity(store.getState().doc, 'touchpoints', id) ? id : null;
}

/**
 * Deletes cards with the op the map's Delete sends: their arrows, quotes, files and links go
 * with them, and one undo puts all of it back.
 */
export function deleteRows(store: DocumentStore, ids: readonly string[]): boolean {
  const { doc, dispatch } = store.getState();
  const there = ids.filter((id) => getEntity(doc, 'touchpoints', id));
  if (there.length === 0) return false;
  dispatch({ type: 'deleteRows', ids: { touchpoints: there } });
  return store.getState().doc !== doc;
}

/**
 * The card the cursor lands on once the shown row at `index` (0-based) is deleted: the next row
 * still there, else the previous one, else none (the table is empty).
 */
export function cardAfterDelete(
  rows: readonly TableRow[],
  index: number,
  deleted: ReadonlySet<string>,
): string | null {
  const kept = (r: TableRow | undefined) => r !== undefined && !deleted.has(r.card.id);
  for (let i = index + 1; i < rows.length; i++) if (kept(rows[i])) return rows[i]!.card.id;
  for (let i = index - 1; i >= 0; i--) if (kept(rows[i])) return rows[i]!.card.id;
  return null;
}

/** A row the table added while a sort or filter was on, and the card it was added below. */
export interface AddedRow {
  id: string;
  afterId: string | null;
}

/**
 * Rows just added stay where they were added, below the row they were added after, even when
 * the sort would put them elsewhere or the filter would hide them (an untitled card matches no
 * words), as a spreadsheet leaves a row typed into a filtered list until the filter is applied
 * again. The caller forgets `added` when the sort or a filter changes.
 */
export function keepAddedRows(
  shown: readonly TableRow[],
  all: readonly TableRow[],
  added: readonly AddedRow[],
): readonly TableRow[] {
  if (added.length === 0) return shown;
  const result = [...shown];
  for (const { id, afterId } of added) {
    const row = all.find((r) => r.card.id === id);
    if (!row) continue; // Deleted since (or moved to another journey).
    const was = result.findIndex((r) => r.card.id === id);
    if (was >= 0) result.splice(was, 1);
    const anchor = afterId === null ? -1 : result.findIndex((r) => r.card.id === afterId);
    const at = anchor >= 0 ? anchor + 1 : afterId === null ? 0 : was >= 0 ? was : result.length;
    result.splice(at, 0, row);
  }
  return result;
}
