import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { isFarZoom } from '../../../../shared/layout/farShapes';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { cardsOnScreen } from '../../../../shared/layout/staging';
import { viewOf } from './useStagedCards';

/** How long the wheel must be still before a zoom-out's hold ends (d3-zoom's own is 150 ms). */
export const HOLD_MS = 200;

/**
 * Holds the full cards to those on screen while the wheel zooms out, or null.
 *
 * Each notch of a zoom-out brings a ring of cards on screen; mounted, they cost a few
 * milliseconds each (a hundred milliseconds in a dense part of a large map), and a notch or two
 * later, below FAR_ZOOM, every card is a shape again. So the first zooming-out notch holds the
 * full cards to those already on screen (before React Flow sees the notch, so it mounts none),
 * the far layer draws the rest as shapes, and the hold ends once the wheel has been still for
 * HOLD_MS, or turns to zoom in.
 */
export function useZoomOutHold(
  container: RefObject<HTMLElement | null>,
  layout: JourneyLayout,
): ReadonlySet<string> | null {
  const rf = useStoreApi();
  const [held, setHeld] = useState<ReadonlySet<string> | null>(null);
  const latest = useRef(layout);
  useEffect(() => {
    latest.current = layout;
  });

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let holding = false;
    const release = () => {
      clearTimeout(timer);
      if (!holding) return;
      holding = false;
      setHeld(null);
    };
    // Runs before React Flow's own wheel handler (capture, on an ancestor of its pane).
    const onWheel = (e: WheelEvent) => {
      if (e.target instanceof Element && e.target.closest('.nowheel, .react-flow__panel')) return;
      if (e.deltaY <= 0) return release();
      clearTimeout(timer);
      timer = setTimeout(release, HOLD_MS);
      if (holding) return;
      const state = rf.getState();
      if (isFarZoom(state.transform[2])) return;
      holding = true;
      const onScreen = cardsOnScreen(latest.current, viewOf(state));
      flushSync(() => setHeld(onScreen));
    };
    el.addEventListener('wheel', onWheel, { capture: true, passive: true });
    return () => {
      el.removeEventListener('wheel', onWheel, { capture: true });
      clearTimeout(timer);
    };
  }, [container, rf]);
  return held;
}
