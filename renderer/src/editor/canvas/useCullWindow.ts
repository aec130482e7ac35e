import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';
import { cullWindow } from '../../../../shared/layout/cull';
import { isFarZoom } from '../../../../shared/layout/farShapes';
import type { Rect } from '../../../../shared/layout/layoutJourney';

/** Far out the far layer draws every card: there is no window, and panning hands over nothing. */
export const FAR = 'far';

/** The culling window as a string, so a component re-renders only when the window changes. */
function cullKey(s: ReactFlowState): string {
  const [x, y, zoom] = s.transform;
  if (isFarZoom(zoom)) return FAR;
  const w = cullWindow({ x, y, zoom, width: s.width, height: s.height });
  return w ? `${w.x},${w.y},${w.width},${w.height}` : '';
}

/**
 * The part of the canvas whose content is drawn in full now (shared/layout/cull.ts): `FAR` far
 * out, null before the pane has a size, else the window. The same object while it stays.
 */
export function useCullWindow(): Rect | typeof FAR | null {
  const key = useStore(cullKey);
  return useMemo(() => {
    if (key === FAR) return FAR;
    if (!key) return null;
    const [x, y, width, height] = key.split(',').map(Number);
    return { x: x!, y: y!, width: width!, height: height! };
  }, [key]);
}
