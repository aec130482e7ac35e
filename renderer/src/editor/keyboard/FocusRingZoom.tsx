import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

const ZOOM_VAR = '--kb-zoom';

const inMap = (map: HTMLElement | null, el: EventTarget | Element | null): el is HTMLElement =>
  map !== null && el instanceof HTMLElement && map.contains(el);

/**
 * The map is drawn scaled by its zoom, focus rings with it: at 0.3 a 2px ring would be under a
 * pixel. This sets `--kb-zoom` on the map's focused element, so focusRing.css draws its ring the
 * same on screen at every zoom. On that element only: set on the map, every zoom step re-styled
 * each of its few hundred elements (custom properties inherit), a frame's worth of work on two
 * cores, for the one ring that reads it. A child of <ReactFlow>: only it redraws while zooming.
 */
export function FocusRingZoom() {
  const zoom = useStore((s) => s.transform[2]);
  const map = useStore((s) => s.domNode);
  const rf = useStoreApi();
  useEffect(() => {
    const focused = document.activeElement;
    if (inMap(map, focused)) focused.style.setProperty(ZOOM_VAR, String(zoom));
  }, [map, zoom]);
  // Focus moving inside the map takes the zoom along to the element that gets it.
  useEffect(() => {
    if (!map) return;
    const onIn = (e: FocusEvent) => {
      if (inMap(map, e.target))
        e.target.style.setProperty(ZOOM_VAR, String(rf.getState().transform[2]));
    };
    const onOut = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement) e.target.style.removeProperty(ZOOM_VAR);
    };
    map.addEventListener('focusin', onIn);
    map.addEventListener('focusout', onOut);
    return () => {
      map.removeEventListener('focusin', onIn);
      map.removeEventListener('focusout', onOut);
    };
  }, [map, rf]);
  return null;
}
