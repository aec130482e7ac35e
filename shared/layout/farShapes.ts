import type { CardBox, JourneyLayout, Rect } from './layoutJourney';
import { READABLE_ZOOM } from './openingView';

/**
 * Level of detail: below this zoom a card's 13 px title is drawn under 6.5 px on screen and
 * cannot be read, so the canvas stops drawing full cards and draws every card as a light shape
 * (stage colour bar, title line, emotion dot) in one layer. Stage and lane names are drawn at a
 * fixed screen size at every zoom.
 */
export const FAR_ZOOM = 0.5;

export const isFarZoom = (zoom: number) => zoom < FAR_ZOOM;

/**
 * A card just added (toolbar, "+ Add", palette, paste, duplicate) while the view is far out is
 * brought to this zoom: its author wants to read it and type on it (the inspector's title field
 * has the focus). It is the zoom a map with cards opens at so its words can be read; zooming
 * further in would hide the stage heads and lane names around the new card.
 */
export const EDIT_ZOOM = Math.max(READABLE_ZOOM, FAR_ZOOM);

/** One card as the far layer draws it: the very rectangle the layout gives the full card. */
export interface FarCard extends Rect {
  id: string;
  /** The stage's colour: the bar along the card's left edge. */
  bar: string;
  /** The emotion's colour (touchpoints only): the dot; null for notes. */
  dot: string | null;
  /** The title as the full card shows it: the hover tip. */
  title: string;
  /** Whether the title is blank: its line is drawn fainter. */
  untitled: boolean;
  /** How the search shows it: highlighted, dimmed, or as usual (nothing filtered). */
  filter: FarFilter;
}

export type FarFilter = 'match' | 'dim' | null;

/** What the far layer needs to know about a card beyond its box. */
export interface FarFace {
  dot: string | null;
  title: string;
  untitled: boolean;
  filter?: FarFilter;
}

/**
 * The far layer's drawing list: every card of the layout (or those of `only`), in layout order,
 * at its layout box.
 */
export function farCards(
  layout: JourneyLayout,
  faceOf: (card: CardBox) => FarFace | undefined,
  only?: ReadonlySet<string>,
): FarCard[] {
  const stageColor = new Map(layout.stages.map((s) => [s.id, s.color]));
  const boxes = only ? layout.cards.filter((c) => only.has(c.id)) : layout.cards;
  return boxes.map((box) => {
    const face = faceOf(box);
    return {
      id: box.id,
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      bar: stageColor.get(box.stageId) ?? '#888888',
      dot: face?.dot ?? null,
      title: face?.title ?? '',
      untitled: face?.untitled ?? false,
      filter: face?.filter ?? null,
    };
  });
}

/** The card under a canvas point, if any (the far layer's hit-testing). */
export function cardAt(layout: JourneyLayout, x: number, y: number): string | undefined {
  return layout.cards.find((c) => x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height)
    ?.id;
}

/** The cards wholly inside a canvas rectangle: what a marquee drawn far out selects. */
export function cardsInside(layout: JourneyLayout, r: Rect): string[] {
  return layout.cards
    .filter(
      (c) =>
        c.x >= r.x &&
        c.y >= r.y &&
        c.x + c.width <= r.x + r.width &&
        c.y + c.height <= r.y + r.height,
    )
    .map((c) => c.id);
}
