import type { Viewport } from './cull';
import type { CardBox, Rect, StageBox } from './layoutJourney';

/** Room kept between a revealed box and the edge of the pane, in screen pixels. */
const MARGIN = 24;

export type Transform = Pick<Viewport, 'x' | 'y' | 'zoom'>;

/**
 * The smallest shift that brings [start, end] inside [0, size], the start edge winning, kept
 * `margin` from the edges and `pinned` more from the start edge (names pinned there).
 */
function shift(start: number, end: number, size: number, margin: number, pinned: number): number {
  // Never more than a third of the view, so a box that fits still fits.
  const m = Math.min(margin, size / 3);
  const low = Math.min(pinned + m, size / 3);
  if (start < low) return low - start;
  if (end > size - m) return Math.max(size - m - end, low - start);
  return 0;
}

/** Room taken at the pane's left and top edges by names pinned there (screen pixels). */
export interface Pinned {
  left: number;
  top: number;
}

/**
 * The view that shows `box`, or null when it is on screen already. Without `zoom` it only pans,
 * no further than needed. With a larger `zoom` it zooms about the box's centre, which keeps the
 * box where the eye already is, then pans as little as brings it fully in, `margin` (screen
 * pixels, at most a third of the pane) from the edges.
 */
export function revealView(
  box: Rect,
  view: Viewport,
  zoom?: number,
  margin = MARGIN,
  pinned: Pinned = { left: 0, top: 0 },
): Transform | null {
  const z = zoom !== undefined && zoom > view.zoom ? zoom : view.zoom;
  let { x, y } = view;
  if (z !== view.zoom) {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    x = cx * view.zoom + view.x - cx * z;
    y = cy * view.zoom + view.y - cy * z;
  }
  const left = box.x * z + x;
  const top = box.y * z + y;
  const dx = shift(left, left + box.width * z, view.width, margin, pinned.left);
  const dy = shift(top, top + box.height * z, view.height, margin, pinned.top);
  if (dx === 0 && dy === 0 && z === view.zoom) return null;
  return { x: x + dx, y: y + dy, zoom: z };
}

/**
 * What to show of a card just added: the card in its context, so the person sees where it
 * went. Its stage's head above it (the name, and the buttons that add the next card) when both
 * fit in the pane's height at `zoom`, and the lane names left of the map when those fit in its
 * width; otherwise the card alone on that axis.
 */
export function addedCardBox(
  layout: { stages: readonly Pick<StageBox, 'id' | 'y'>[] },
  card: Pick<CardBox, 'x' | 'y' | 'width' | 'height' | 'stageId'>,
  zoom: number,
  pane: { width: number; height: number },
): Rect {
  const stage = layout.stages.find((s) => s.id === card.stageId);
  const right = card.x + card.width;
  const bottom = card.y + card.height;
  const fits = (size: number, room: number) => size * zoom <= room - 2 * MARGIN;
  const x = fits(right, pane.width) ? 0 : card.x;
  const y = stage && fits(bottom - stage.y, pane.height) ? stage.y : card.y;
  return { x, y, width: right - x, height: bottom - y };
}
