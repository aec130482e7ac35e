import type { JourneyLayout } from './layoutJourney';

/** Room kept round the map when it opens, in screen pixels. */
export const VIEW_MARGIN = 24;
/** Room for the "+ Stage" column to the right of the last stage. */
const ADD_STAGE_ROOM = 160;
/** A map with cards opens no smaller than this, so its words can be read. */
export const READABLE_ZOOM = 0.6;

/**
 * Where a journey opens. A map without cards (a new template) is about its structure, so it
 * opens whole, fitted to the view; a map with cards opens at its beginning, fitted to the
 * view's width when that is still readable.
 */
export function openingViewport(
  layout: Pick<JourneyLayout, 'width' | 'height' | 'cards'>,
  view: { width: number; height: number },
): { x: number; y: number; zoom: number } {
  const byWidth = (view.width - 2 * VIEW_MARGIN) / (layout.width + ADD_STAGE_ROOM);
  const byHeight = (view.height - 2 * VIEW_MARGIN) / layout.height;
  const zoom =
    layout.cards.length === 0
      ? Math.min(1, byWidth, byHeight)
      : Math.min(1, Math.max(READABLE_ZOOM, byWidth));
  return { x: VIEW_MARGIN, y: VIEW_MARGIN, zoom };
}
