/**
 * Saved views: what one holds, how it is made from what the editor shows, and how it is shown
 * again, on the canvas or by a presentation stepping through a journey's views.
 */
import { generateKeyBetween } from 'fractional-indexing';
import type { Rect } from '../layout/layoutJourney';
import { byOrderKey, lanesOf } from './doc';
import { EMPTY_FILTER, isFilterActive, type CardFilter } from './filter';
import type { EntityByTable, Lane, ProjectDoc } from './types';

export type SavedView = EntityByTable['savedViews'];
export type ViewFrame = SavedView['frame'];

/** A journey's saved views, in the order they were saved (and stepped through). */
export function savedViewsOf(doc: ProjectDoc, journeyId: string): SavedView[] {
  return Object.values(doc.savedViews)
    .filter((v) => v.journeyId === journeyId)
    .sort(byOrderKey);
}

const clampFraction = (n: number) => Math.min(2, Math.max(-1, n));

/** The part of a `width` x `height` map that `rect` (map units) shows, as fractions. */
export function frameOfRect(rect: Rect, map: { width: number; height: number }): ViewFrame {
  const w = Math.max(1, map.width);
  const h = Math.max(1, map.height);
  const frame = {
    left: clampFraction(rect.x / w),
    top: clampFraction(rect.y / h),
    right: clampFraction((rect.x + rect.width) / w),
    bottom: clampFraction((rect.y + rect.height) / h),
  };
  // A degenerate rectangle (an empty canvas) frames the whole map.
  return frame.right > frame.left && frame.bottom > frame.top
    ? frame
    : { left: 0, top: 0, right: 1, bottom: 1 };
}

/** The rectangle (map units) a frame covers on a map of this size. */
export function rectOfFrame(frame: ViewFrame, map: { width: number; height: number }): Rect {
  return {
    x: frame.left * map.width,
    y: frame.top * map.height,
    width: (frame.right - frame.left) * map.width,
    height: (frame.bottom - frame.top) * map.height,
  };
}

/** A new view of what the editor shows now, saved after the journey's other views. */
export function newSavedView(
  doc: ProjectDoc,
  given: {
    id: string;
    journeyId: string;
    name: string;
    filter: CardFilter | null;
    frame: ViewFrame;
  },
): SavedView {
  const last = savedViewsOf(doc, given.journeyId).at(-1);
  const hiddenLaneIds = lanesOf(doc, given.journeyId)
    .filter((l) => l.hidden)
    .map((l) => l.id);
  return {
    id: given.id,
    journeyId: given.journeyId,
    name: given.name.trim() || `View ${savedViewsOf(doc, given.journeyId).length + 1}`,
    filter: { ...(given.filter ?? EMPTY_FILTER) },
    frame: given.frame,
    hiddenLaneIds,
    orderKey: generateKeyBetween(last?.orderKey ?? null, null),
  };
}

/** The search bar's filter a view asks for: null (bar closed) when it narrows nothing. */
export const filterOfView = (view: SavedView): CardFilter | null =>
  isFilterActive(view.filter) ? { ...view.filter } : null;

/**
 * The lanes whose `hidden` must change for the journey to show the view's lanes (ids the view
 * names that the journey no longer has are ignored).
 */
export function laneChangesForView(
  doc: ProjectDoc,
  view: SavedView,
): { id: string; hidden: boolean }[] {
  const hide = new Set(view.hiddenLaneIds);
  return lanesOf(doc, view.journeyId)
    .filter((l) => l.hidden !== hide.has(l.id))
    .map((l) => ({ id: l.id, hidden: hide.has(l.id) }));
}

/**
 * The document as the view shows it, for drawing only (a presentation steps through views
 * without editing the file): the view's lanes hidden, every other lane of the journey shown.
 */
export function docShowingView(doc: ProjectDoc, view: SavedView): ProjectDoc {
  const changes = laneChangesForView(doc, view);
  if (changes.length === 0) return doc;
  const lanes: Record<string, Lane> = { ...doc.lanes };
  for (const { id, hidden } of changes) {
    const lane = lanes[id];
    if (lane) lanes[id] = { ...lane, hidden };
  }
  return { ...doc, lanes };
}
