import { useStore } from '@xyflow/react';
import { useEffect } from 'react';

/**
 * The map is drawn scaled by its zoom, focus rings with it: at 0.3 a 2px ring would be under a
 * pixel. This sets `--kb-zoom` on the map, so focusRing.css draws its rings the same on screen
 * at every zoom. A child of <ReactFlow>: only it redraws while zooming.
 */
export function FocusRingZoom() {
  const zoom = useStore((s) => s.transform[2]);
  const map = useStore((s) => s.domNode);
  useEffect(() => {
    map?.style.setProperty('--kb-zoom', String(zoom));
  }, [map, zoom]);
  return null;
}
