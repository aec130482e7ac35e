import { meaningOf, type LinkMeaning } from '../model/cardLinks';
import type { ProjectDoc } from '../model/types';
import { cardBoxOf } from './layoutIndex';
import type { CardBox, JourneyLayout } from './layoutJourney';

/** A card link as the canvas draws it: a quiet curve from one card's edge to the other's. */
export interface LinkLine {
  id: string;
  meaning: LinkMeaning;
  /** SVG path data in map coordinates. */
  path: string;
}

/** The middle of the side of `box` that faces `other`: top or bottom unless they share a row. */
function sideFacing(box: CardBox, other: CardBox): { x: number; y: number; vertical: boolean } {
  const cy = box.y + box.height / 2;
  const oy = other.y + other.height / 2;
  const sameRow = Math.abs(cy - oy) < (box.height + other.height) / 2;
  if (!sameRow)
    return { x: box.x + box.width / 2, y: oy > cy ? box.y + box.height : box.y, vertical: true };
  const ox = other.x + other.width / 2;
  const cx = box.x + box.width / 2;
  return { x: ox > cx ? box.x + box.width : box.x, y: cy, vertical: false };
}

/**
 * The links touching any of `cardIds` whose two cards are both on the map, with what each
 * means: drawn only while one of its cards is selected or hovered, so the map stays calm.
 */
export function linkLines(
  doc: ProjectDoc,
  layout: JourneyLayout,
  cardIds: ReadonlySet<string>,
): LinkLine[] {
  if (cardIds.size === 0) return [];
  return Object.values(doc.cardLinks).flatMap((link) => {
    if (!cardIds.has(link.fromId) && !cardIds.has(link.toId)) return [];
    const from = cardBoxOf(layout, link.fromId);
    const to = cardBoxOf(layout, link.toId);
    const meaning = meaningOf(doc, link);
    if (!from || !to || !meaning) return [];
    const a = sideFacing(from, to);
    const b = sideFacing(to, from);
    // A gentle S: leave and arrive square to the card's side.
    const mid = a.vertical
      ? `${a.x} ${(a.y + b.y) / 2}, ${b.x} ${(a.y + b.y) / 2}`
      : `${(a.x + b.x) / 2} ${a.y}, ${(a.x + b.x) / 2} ${b.y}`;
    return [{ id: link.id, meaning, path: `M ${a.x} ${a.y} C ${mid}, ${b.x} ${b.y}` }];
  });
}
