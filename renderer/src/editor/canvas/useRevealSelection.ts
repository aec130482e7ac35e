import { useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
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
 * The viewport that shows `box` with the smallest pan (never a zoom), left/top edge winning
 * when it is too big; null when it is on screen already.
 */
export function viewportShowing(
  box: Rect,
  view: Pick<ReactFlowState, 'width' | 'height' | 'transform'>,
  margin = 24,
): { x: number; y: number; zoom: number } | null {
  const { width, height, transform } = view;
  const [tx, ty, zoom] = transform;
  const left = box.x * zoom + tx;
  const top = box.y * zoom + ty;
  const right = left + box.width * zoom;
  const bottom = top + box.height * zoom;
  // Clear of the stage and lane names pinned to the top and left edges (StickyHeaders.tsx).
  const shift = (start: number, end: number, size: number, pinned: number) => {
    // Never more than a third of the view, so a box that fits still fits.
    const m = Math.min(margin, size / 3);
    const low = Math.min(pinned + m, size / 3);
    return start < low ? low - start : end > size - m ? Math.max(size - m - end, low - start) : 0;
  };
  const dx = shift(left, right, width, STICKY_LANE_WIDTH);
  const dy = shift(top, bottom, height, STICKY_STAGE_HEIGHT);
  return dx === 0 && dy === 0 ? null : { x: tx + dx, y: ty + dy, zoom };
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
    const next = viewportShowing(box, rfStore.getState());
    if (next) void flow.setViewport(next, { duration: 250 });
    // Keyed on the box's geometry: re-runs when the selection or its place changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, flow, rfStore]);
}
