import type { JourneyLayout, Rect } from './layoutJourney';
import { overlaps } from './routing/rects';

export interface Viewport {
  /** The canvas transform: screen = canvas * zoom + (x, y). */
  x: number;
  y: number;
  zoom: number;
  /** The pane's size on screen, in pixels. */
  width: number;
  height: number;
}

/** Culling windows snap to this grid (canvas units), so panning re-culls now and then only. */
export const CULL_GRID = 512;

/** The part of the canvas on screen, in canvas units. */
export function onScreen(view: Viewport): Rect {
  const { x, y, zoom } = view;
  return { x: -x / zoom, y: -y / zoom, width: view.width / zoom, height: view.height / zoom };
}

/**
 * The part of the canvas whose cards are handed to the renderer: what is on screen plus half a
 * screen around it, snapped outward to the grid. Small pans stay inside the same window, so the
 * set of cards (and the work of handing it over) changes only when the view has moved on.
 */
export function cullWindow(view: Viewport, grid = CULL_GRID): Rect | null {
  if (view.width <= 0 || view.height <= 0 || view.zoom <= 0) return null;
  const { x: left, y: top, width: w, height: h } = onScreen(view);
  const pad = Math.max(w, h) / 2;
  const x0 = Math.floor((left - pad) / grid) * grid;
  const y0 = Math.floor((top - pad) / grid) * grid;
  const x1 = Math.ceil((left + w + pad) / grid) * grid;
  const y1 = Math.ceil((top + h + pad) / grid) * grid;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function spanOf(points: readonly { x: number; y: number }[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * The cards to render for a window: those inside it, and both ends of every connection that
 * crosses it, so an arrow from a card far away is still drawn where it passes through.
 */
export function cardsNear(layout: JourneyLayout, window: Rect): Set<string> {
  const ids = new Set<string>();
  for (const card of layout.cards) if (overlaps(card, window)) ids.add(card.id);
  for (const c of layout.connections) {
    if (ids.has(c.fromId) && ids.has(c.toId)) continue;
    if (overlaps(spanOf([...c.points, c.labelAt]), window)) {
      ids.add(c.fromId);
      ids.add(c.toId);
    }
  }
  return ids;
}

/**
 * The points to draw in full for a window, each with `reach` around it for what is drawn at it
 * (the emotion curve's faces, rings and labels): those within reach of the window, in order.
 */
export function pointsNear<P extends { x: number; y: number }>(
  points: readonly P[],
  window: Rect,
  reach: number,
): P[] {
  return points.filter(
    (p) =>
      p.x + reach >= window.x &&
      p.x - reach <= window.x + window.width &&
      p.y + reach >= window.y &&
      p.y - reach <= window.y + window.height,
  );
}
