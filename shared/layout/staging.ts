import { cardBoxOf } from './layoutIndex';
import type { JourneyLayout, Rect } from './layoutJourney';
import { overlaps } from './routing/rects';

/**
 * How many full cards may come on screen in one frame. A full card costs a few milliseconds to
 * mount (React, style, layout): zooming in from the far zoom, or the end of a zoom-out held by
 * useZoomOutHold, brings dozens on screen at once, a frame of a hundred milliseconds or more.
 * Spread over frames, the rest are drawn as far shapes until their turn (FarLayer).
 */
export const CARDS_PER_FRAME = 6;

/**
 * One frame's step from the cards handed over now (`shown`) toward those wanted: cards leave at
 * once, and so do cards off screen come (the renderer mounts only cards on screen); of those on
 * screen, at most `perFrame` come, nearest the middle of the view first. A card not in the
 * layout counts as off screen. Returns `shown` itself when nothing changes.
 */
export function stageToward(
  shown: ReadonlySet<string>,
  wanted: ReadonlySet<string>,
  layout: JourneyLayout,
  view: Rect,
  perFrame = CARDS_PER_FRAME,
): ReadonlySet<string> {
  const next = new Set<string>();
  for (const id of shown) if (wanted.has(id)) next.add(id);
  const coming = [...wanted].filter((id) => !next.has(id));
  // The common case (an edit, a pan inside the culling window): nothing comes, nothing goes.
  if (!coming.length) return next.size === shown.size ? shown : next;
  const cx = view.x + view.width / 2;
  const cy = view.y + view.height / 2;
  const entering: { id: string; far: number }[] = [];
  for (const id of coming) {
    const box = cardBoxOf(layout, id);
    if (!box || !overlaps(box, view)) next.add(id);
    else {
      const far = Math.hypot(box.x + box.width / 2 - cx, box.y + box.height / 2 - cy);
      entering.push({ id, far });
    }
  }
  entering.sort((a, b) => a.far - b.far);
  for (const { id } of entering.slice(0, perFrame)) next.add(id);
  return next;
}

/** The cards of the layout at least partly inside `view`. */
export function cardsOnScreen(layout: JourneyLayout, view: Rect): Set<string> {
  return new Set(layout.cards.filter((c) => overlaps(c, view)).map((c) => c.id));
}

/** Whether `shown` has reached `wanted`. */
export function sameCards(shown: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  if (shown.size !== wanted.size) return false;
  for (const id of shown) if (!wanted.has(id)) return false;
  return true;
}
