/**
 * Where things sit in a layout's arrays (a card's place in `cards`, a cell's first card), kept
 * with the layout object. A layout made from another by moving and resizing cards
 * (resizedLayout.ts) has its cards, cells, lanes and stages in the same places, so it shares
 * the index, and whatever is built on the arrangement alone can be kept (`sameArrangement`).
 */
import { blueprintLineAbove } from '../model/laneKinds';
import type { LaneKind } from '../model/types';
import type { CardBox, JourneyLayout } from './layoutJourney';

/** Where things sit in a layout's arrays; a resized layout has the same, so it is passed on. */
export interface LayoutIndex {
  cardAt: Map<string, number>;
  /** Per cell (stage-major, as `cells`): the index of its first card in `cards`. */
  cellStart: number[];
  laneAt: Map<string, number>;
  stageAt: Map<string, number>;
  /** Per blueprint line: the lane it is drawn above. */
  lineLane: number[];
}

const indexes = new WeakMap<JourneyLayout, LayoutIndex>();

export function layoutIndexOf(layout: JourneyLayout): LayoutIndex {
  const known = indexes.get(layout);
  if (known) return known;
  const cardAt = new Map(layout.cards.map((c, i) => [c.id, i] as const));
  const cellStart: number[] = [];
  let next = 0;
  layout.cells.forEach((cell, i) => {
    cellStart.push(next);
    if (!layout.lanes[i % layout.lanes.length]!.collapsed) next += cell.cardIds.length;
  });
  const above = new Set<LaneKind>();
  const lineLane: number[] = [];
  layout.lanes.forEach((lane, li) => {
    if (blueprintLineAbove(lane.kind, above)) lineLane.push(li);
    above.add(lane.kind);
  });
  const index: LayoutIndex = {
    cardAt,
    cellStart,
    laneAt: new Map(layout.lanes.map((l, i) => [l.id, i] as const)),
    stageAt: new Map(layout.stages.map((s, i) => [s.id, i] as const)),
    lineLane,
  };
  indexes.set(layout, index);
  return index;
}

/** A card's box in the layout, by the card's id; undefined when the layout does not draw it. */
export function cardBoxOf(layout: JourneyLayout, id: string): CardBox | undefined {
  const at = layoutIndexOf(layout).cardAt.get(id);
  return at === undefined ? undefined : layout.cards[at];
}

/** `to` has `from`'s arrangement (only boxes moved or resized): it shares its index. */
export function shareIndex(from: JourneyLayout, to: JourneyLayout): void {
  indexes.set(to, layoutIndexOf(from));
}

/**
 * Whether `b` holds the same stages, lanes, cells and cards as `a`, each at the same place in
 * its array (only positions, sizes and card text lines may differ): `b` was made from `a`, or
 * from one made from `a`, by resizedLayout.
 */
export function sameArrangement(a: JourneyLayout, b: JourneyLayout): boolean {
  const index = indexes.get(a);
  return a === b || (index !== undefined && index === indexes.get(b));
}
