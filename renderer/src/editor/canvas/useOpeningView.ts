import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { openingViewport } from '../../../../shared/layout/openingView';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';

const sizeOf = (el: HTMLElement | null) => ({
  width: el?.clientWidth ?? 1200,
  height: el?.clientHeight ?? 800,
});

/**
 * Where a journey opens (openingView.ts): a new template whole, a map with cards at its
 * beginning, readable. That holds when the canvas starts and again whenever another journey is
 * shown (chosen in the sidebar, or just imported): the view of the last one says nothing about
 * it, and far out its cards would be shapes. Edits keep the view where the user left it.
 * Returns React Flow's onInit.
 */
export function useOpeningView(
  container: RefObject<HTMLElement | null>,
  layout: JourneyLayout,
  journeyId: string,
): () => void {
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  const latest = useRef(layout);
  useEffect(() => {
    latest.current = layout;
  });
  const shown = useRef(journeyId);
  useEffect(() => {
    if (shown.current === journeyId) return;
    shown.current = journeyId;
    void flow.setViewport(openingViewport(latest.current, sizeOf(container.current)));
  }, [journeyId, flow, container]);
  return () => void flow.setViewport(openingViewport(latest.current, sizeOf(container.current)));
}
