import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { JourneyLayout, Rect } from '../../../../shared/layout/layoutJourney';
import type { Selection } from '../documentStore';
import { STICKY_LANE_WIDTH, STICKY_STAGE_HEIGHT } from './StickyHeaders';

function boxOf(layout: JourneyLayout, selection: Selection): Rect | undefined {
  const id = selection?.ids.length === 1 ? selection.ids[0] : undefined;
  if (!id) return undefined;
  if (selection?.kind === 'touchpoint') return layout.cards.find((c) => c.id === id);
  const stage = layout.stages.find((s) => s.id === id);
  // A stage is revealed by its header; the column may be taller than the screen.
  return stage && { ...stage, height: Math.min(stage.height, 240) };
}

/**
 * Pans (never zooms, and no further than needed) so a newly selected card or stage is on screen: a card added to a stage
 * off to the right, or chosen from the inspector, does not stay hidden.
 */
export function useRevealSelection(layout: JourneyLayout, selection: Selection): void {
  const flow = useReactFlow();
  const rfStore = useStoreApi();
  const box = boxOf(layout, selection);
  const key = box ? `${box.x},${box.y},${box.width},${box.height}` : '';

  useEffect(() => {
    if (!box) return;
    const { width, height, transform } = rfStore.getState();
    const [tx, ty, zoom] = transform;
    const left = box.x * zoom + tx;
    const top = box.y * zoom + ty;
    const right = left + box.width * zoom;
    const bottom = top + box.height * zoom;
    const margin = 24;
    // The smallest pan that brings the box in, left/top edge winning when it is too big; clear
    // of the stage and lane names pinned to the top and left edges (StickyHeaders.tsx).
    const shift = (start: number, end: number, size: number, pinned: number) =>
      start < pinned + margin
        ? pinned + margin - start
        : end > size - margin
          ? Math.max(size - margin - end, pinned + margin - start)
          : 0;
    const dx = shift(left, right, width, STICKY_LANE_WIDTH);
    const dy = shift(top, bottom, height, STICKY_STAGE_HEIGHT);
    if (dx === 0 && dy === 0) return;
    void flow.setViewport({ x: tx + dx, y: ty + dy, zoom }, { duration: 250 });
    // Keyed on the box's geometry: re-runs when the selection or its place changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, flow, rfStore]);
}
