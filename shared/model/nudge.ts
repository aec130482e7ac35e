import type { DropTarget } from '../layout/hitTest';
import { cellTouchpoints, getEntity, stagesOf } from './doc';
import type { ProjectDoc, Touchpoint } from './types';

export type NudgeDirection = 'up' | 'down' | 'left' | 'right';

/**
 * Where an arrow key moves cards `ids`: up and down one place within their cell, left and right
 * to the neighbouring stage in the same lane, at the same place (or the end). Null when the
 * cards are not all in one cell or are already at that edge. `ids` come back in cell order.
 */
export function nudgeTarget(
  doc: ProjectDoc,
  ids: readonly string[],
  direction: NudgeDirection,
): { ids: string[]; target: DropTarget } | null {
  const cards = ids
    .map((id) => getEntity(doc, 'touchpoints', id))
    .filter((t): t is Touchpoint => t !== undefined);
  const first = cards[0];
  if (!first) return null;
  const { stageId, laneId } = first;
  if (cards.some((c) => c.stageId !== stageId || c.laneId !== laneId)) return null;

  const moving = new Set(cards.map((c) => c.id));
  const cell = cellTouchpoints(doc, stageId, laneId);
  const ordered = cell.filter((t) => moving.has(t.id)).map((t) => t.id);
  const firstAt = cell.findIndex((t) => moving.has(t.id));
  const lastAt = cell.length - 1 - [...cell].reverse().findIndex((t) => moving.has(t.id));
  const othersBefore = cell.slice(0, firstAt).length;
  const othersAfter = cell.length - 1 - lastAt;
  const othersCount = cell.length - moving.size;

  switch (direction) {
    case 'up':
      return othersBefore === 0
        ? null
        : { ids: ordered, target: { stageId, laneId, index: othersBefore - 1 } };
    case 'down':
      return othersAfter === 0
        ? null
        : { ids: ordered, target: { stageId, laneId, index: othersCount - othersAfter + 1 } };
    case 'left':
    case 'right': {
      const stages = stagesOf(doc, first.journeyId);
      const at = stages.findIndex((s) => s.id === stageId) + (direction === 'left' ? -1 : 1);
      const next = stages[at];
      if (at < 0 || !next) return null;
      const index = Math.min(othersBefore, cellTouchpoints(doc, next.id, laneId).length);
      return { ids: ordered, target: { stageId: next.id, laneId, index } };
    }
  }
}
