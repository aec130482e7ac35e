import type { JourneyLayout, Rect } from '../layout/layoutJourney';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Screen {
  width: number;
  height: number;
  /** Screen px at the bottom covered by the presenter line. */
  bottomInset: number;
}

/** Screen px kept free around the framed rectangle. */
export const CAMERA_MARGIN = 24;
export const MAX_CAMERA_ZOOM = 1.5;

/** The viewport that fits `frame` in the free part of the screen, centred. */
export function cameraFor(frame: Rect, screen: Screen): Viewport {
  const freeW = Math.max(1, screen.width - 2 * CAMERA_MARGIN);
  const freeH = Math.max(1, screen.height - screen.bottomInset - 2 * CAMERA_MARGIN);
  const zoom = Math.min(
    freeW / Math.max(1, frame.width),
    freeH / Math.max(1, frame.height),
    MAX_CAMERA_ZOOM,
  );
  return {
    x: CAMERA_MARGIN + (freeW - frame.width * zoom) / 2 - frame.x * zoom,
    y: CAMERA_MARGIN + (freeH - frame.height * zoom) / 2 - frame.y * zoom,
    zoom,
  };
}

/** The whole journey with its persona band. */
export function overviewFrame(layout: JourneyLayout): Rect {
  return { x: 0, y: 0, width: layout.width, height: layout.height };
}

/** One stage column, header to last lane, with a sliver of its neighbours' gap. */
export function stageFrame(layout: JourneyLayout, stageIndex: number, gap: number): Rect {
  const stage = layout.stages[stageIndex];
  if (!stage) return overviewFrame(layout);
  return { x: stage.x - gap, y: stage.y, width: stage.width + 2 * gap, height: stage.height };
}
