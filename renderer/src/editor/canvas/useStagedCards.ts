import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { onScreen } from '../../../../shared/layout/cull';
import type { JourneyLayout, Rect } from '../../../../shared/layout/layoutJourney';
import { sameCards, stageToward } from '../../../../shared/layout/staging';

/** The part of the canvas on screen, in canvas units. */
export function viewOf(s: ReactFlowState): Rect {
  const [x, y, zoom] = s.transform;
  return onScreen({ x, y, zoom, width: s.width, height: s.height });
}

/**
 * The cards to hand React Flow now on their way to `wanted`, a few on screen a frame
 * (shared/layout/staging.ts); the far layer draws those still waiting for their turn as shapes.
 * The first cards the map shows are handed at once.
 */
export function useStagedCards(wanted: ReadonlySet<string>, layout: JourneyLayout) {
  const rf = useStoreApi();
  // What the last committed render handed over; null until the map first had cards to hand.
  const handed = useRef<ReadonlySet<string> | null>(null);
  const [frame, nextFrame] = useReducer((n: number) => n + 1, 0);
  /* eslint-disable react-hooks/refs -- the ref is set after each commit, so two renders of one
     input (React may) read the same value and agree. */
  const shown = useMemo(() => {
    void frame;
    const now = handed.current;
    return now === null ? wanted : stageToward(now, wanted, layout, viewOf(rf.getState()));
  }, [wanted, layout, frame, rf]);
  /* eslint-enable react-hooks/refs */

  useEffect(() => {
    if (handed.current !== null || shown.size) handed.current = shown;
    if (sameCards(shown, wanted)) return;
    const id = requestAnimationFrame(nextFrame);
    return () => cancelAnimationFrame(id);
  }, [shown, wanted]);
  return shown;
}
