import type { XYPosition } from '@xyflow/react';
import { createContext, useCallback, useContext, useState } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import type { DocumentStore } from '../documentStore';

/** Where a stage dragged sideways by `dx` would go among the others. */
export function stageIndexAfter(layout: JourneyLayout, stageId: string, dx: number): number {
  const dragged = layout.stages.find((s) => s.id === stageId);
  if (!dragged) return -1;
  const centre = dragged.x + dx + dragged.width / 2;
  return layout.stages.filter((s) => s.id !== stageId && s.x + s.width / 2 < centre).length;
}

export interface StageDrag {
  /** The header moved `dx` canvas units sideways from where the drag began. */
  move(stageId: string, dx: number): void;
  drop(stageId: string, dx: number): void;
}

export const StageDragContext = createContext<StageDrag | null>(null);
export const useStageDrag = () => useContext(StageDragContext);

/**
 * Reordering stages by their header. The header handles its own pointer events, so the
 * column itself stays empty canvas that pans; while dragging, the column and its cards are
 * drawn shifted, and on release the stage moves to where its centre is.
 */
export function useStageReorder(layout: JourneyLayout, store: DocumentStore) {
  const [offsets, setOffsets] = useState<ReadonlyMap<string, XYPosition> | null>(null);

  const move = useCallback(
    (stageId: string, dx: number) => {
      const stage = layout.stages.find((s) => s.id === stageId);
      if (!stage) return;
      const next = new Map<string, XYPosition>([[stageId, { x: stage.x + dx, y: stage.y }]]);
      for (const card of layout.cards) {
        if (card.stageId === stageId) next.set(card.id, { x: card.x + dx, y: card.y });
      }
      setOffsets(next);
    },
    [layout],
  );

  const drop = useCallback(
    (stageId: string, dx: number) => {
      setOffsets(null);
      const stage = layout.stages.find((s) => s.id === stageId);
      const index = stageIndexAfter(layout, stageId, dx);
      if (stage && index >= 0 && index !== stage.index) {
        store.getState().dispatch({ type: 'moveStage', id: stageId, at: { index } });
      }
    },
    [layout, store],
  );

  return { offsets, move, drop };
}
