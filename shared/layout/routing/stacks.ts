/**
 * The obstacles connections are routed around: the cards of one cell as one rectangle (a
 * "stack"). The gaps between stacked cards are too narrow to draw an arrow in readably, so
 * routes keep to the gutters between cells; and a map of 2,000 cards becomes a few dozen
 * obstacles, which keeps libavoid fast.
 */
import { cellKey } from '../../model/doc';
import type { CardBox } from '../layoutJourney';
import { union, type Box } from './rects';

export interface Stack extends Box {
  key: string;
  cards: CardBox[];
}

export type PinSide = 'left' | 'right' | 'top' | 'bottom';

/** Where an arrow may leave or enter a card: relative to its stack's top-left corner. */
export interface PinSpec {
  cardId: string;
  side: PinSide;
  dx: number;
  dy: number;
}

export function stacksOf(cards: readonly CardBox[]): Map<string, Stack> {
  const stacks = new Map<string, Stack>();
  for (const card of cards) {
    const key = cellKey(card.stageId, card.laneId);
    const stack = stacks.get(key);
    if (!stack) {
      stacks.set(key, {
        key,
        cards: [card],
        x: card.x,
        y: card.y,
        width: card.width,
        height: card.height,
      });
      continue;
    }
    Object.assign(stack, union(stack, card));
    stack.cards.push(card);
  }
  return stacks;
}

/**
 * A card's pins: both sides always; the top only for the first card of its stack and the
 * bottom only for the last, since between stacked cards there is no room for an arrow.
 */
export function pinsOf(stack: Stack, card: CardBox): PinSpec[] {
  const midY = card.y + card.height / 2 - stack.y;
  const midX = card.x + card.width / 2 - stack.x;
  const pins: PinSpec[] = [
    { cardId: card.id, side: 'left', dx: card.x - stack.x, dy: midY },
    { cardId: card.id, side: 'right', dx: card.x + card.width - stack.x, dy: midY },
  ];
  if (card.y === stack.y) pins.push({ cardId: card.id, side: 'top', dx: midX, dy: 0 });
  if (card.y + card.height === stack.y + stack.height) {
    pins.push({ cardId: card.id, side: 'bottom', dx: midX, dy: stack.height });
  }
  return pins;
}
