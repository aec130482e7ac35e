import { cellKey, lanesOf, stagesOf, touchpointsByCell } from '../model/doc';
import type { LaneKind, ProjectDoc } from '../model/types';
import type { LayoutTheme } from './theme';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StageBox extends Rect {
  id: string;
  name: string;
  color: string;
  index: number;
  /** Cards in the stage across all lanes. */
  cardCount: number;
}

export interface LaneBox extends Rect {
  id: string;
  name: string;
  kind: LaneKind;
}

export interface CellBox extends Rect {
  stageId: string;
  laneId: string;
  cardIds: string[];
}

export interface CardBox extends Rect {
  id: string;
  stageId: string;
  laneId: string;
  index: number;
}

export interface JourneyLayout {
  width: number;
  height: number;
  stages: StageBox[];
  lanes: LaneBox[];
  cells: CellBox[];
  cards: CardBox[];
}

function stackHeight(count: number, theme: LayoutTheme): number {
  if (count === 0) return theme.minCellHeight;
  const content = count * theme.cardHeight + (count - 1) * theme.cardGap + 2 * theme.cellPadding;
  return Math.max(theme.minCellHeight, content);
}

/**
 * Where every stage, lane, cell and card of a journey goes. The canvas, the exports and the
 * presentation all draw from this one function, so what is exported is what is seen.
 */
export function layoutJourney(
  doc: ProjectDoc,
  journeyId: string,
  theme: LayoutTheme,
): JourneyLayout {
  const stages = stagesOf(doc, journeyId);
  const lanes = lanesOf(doc, journeyId);
  const byCell = touchpointsByCell(doc, journeyId);
  const cellIds = stages.map((s) =>
    lanes.map((l) => (byCell.get(cellKey(s.id, l.id)) ?? []).map((t) => t.id)),
  );

  const laneHeights = lanes.map((_, li) =>
    Math.max(
      theme.minCellHeight,
      ...stages.map((_s, si) => stackHeight(cellIds[si]![li]!.length, theme)),
    ),
  );
  const laneTops: number[] = [];
  let y = theme.headerHeight;
  for (const h of laneHeights) {
    laneTops.push(y);
    y += h;
  }
  const height = y;
  const stageX = (i: number) => theme.laneLabelWidth + i * (theme.stageWidth + theme.stageGap);
  const width = stages.length === 0 ? theme.laneLabelWidth : stageX(stages.length) - theme.stageGap;

  const layout: JourneyLayout = { width, height, stages: [], lanes: [], cells: [], cards: [] };
  lanes.forEach((lane, li) => {
    layout.lanes.push({
      id: lane.id,
      name: lane.name,
      kind: lane.kind,
      x: 0,
      y: laneTops[li]!,
      width,
      height: laneHeights[li]!,
    });
  });
  stages.forEach((stage, si) => {
    const x = stageX(si);
    let cardCount = 0;
    lanes.forEach((lane, li) => {
      const ids = cellIds[si]![li]!;
      cardCount += ids.length;
      const cell: CellBox = {
        stageId: stage.id,
        laneId: lane.id,
        cardIds: ids,
        x,
        y: laneTops[li]!,
        width: theme.stageWidth,
        height: laneHeights[li]!,
      };
      layout.cells.push(cell);
      ids.forEach((id, index) => {
        layout.cards.push({
          id,
          stageId: stage.id,
          laneId: lane.id,
          index,
          x: x + theme.cellPadding,
          y: cell.y + theme.cellPadding + index * (theme.cardHeight + theme.cardGap),
          width: theme.stageWidth - 2 * theme.cellPadding,
          height: theme.cardHeight,
        });
      });
    });
    layout.stages.push({
      id: stage.id,
      name: stage.name,
      color: stage.color,
      index: si,
      cardCount,
      x,
      y: 0,
      width: theme.stageWidth,
      height,
    });
  });
  return layout;
}
