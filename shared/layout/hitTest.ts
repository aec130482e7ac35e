import type { CellBox, JourneyLayout } from './layoutJourney';

export interface DropTarget {
  stageId: string;
  laneId: string;
  /** Index among the cell's cards, the dragged card itself left out. */
  index: number;
}

function distanceToRange(v: number, start: number, size: number): number {
  if (v < start) return start - v;
  if (v > start + size) return v - (start + size);
  return 0;
}

/** The cell nearest a canvas point: a drop in a gap or past the edge still lands somewhere. */
export function nearestCell(
  layout: JourneyLayout,
  x: number,
  y: number,
  droppableOnly = false,
): CellBox | undefined {
  let best: CellBox | undefined;
  let bestScore = Infinity;
  for (const cell of layout.cells) {
    if (droppableOnly && !cell.droppable) continue;
    const score = distanceToRange(x, cell.x, cell.width) + distanceToRange(y, cell.y, cell.height);
    if (score < bestScore) {
      bestScore = score;
      best = cell;
    }
  }
  return best;
}

/** The cell exactly under a canvas point, if any. */
export function cellAt(layout: JourneyLayout, x: number, y: number): CellBox | undefined {
  return layout.cells.find(
    (c) => x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height,
  );
}

/**
 * Where a card dragged so that its centre is at (x, y) would land; `dragged` names the card
 * (or the set of cards) being dragged, which do not count when finding the index.
 */
export function dropTargetAt(
  layout: JourneyLayout,
  x: number,
  y: number,
  dragged: string | ReadonlySet<string> = new Set(),
): DropTarget | undefined {
  const cell = nearestCell(layout, x, y, true);
  if (!cell) return undefined;
  const isDragged = (id: string) =>
    typeof dragged === 'string' ? id === dragged : dragged.has(id);
  const others = layout.cards.filter(
    (c) => c.stageId === cell.stageId && c.laneId === cell.laneId && !isDragged(c.id),
  );
  const index = others.filter((c) => c.y + c.height / 2 < y).length;
  return { stageId: cell.stageId, laneId: cell.laneId, index };
}
