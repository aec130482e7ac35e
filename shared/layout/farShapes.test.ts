import { describe, expect, it } from 'vitest';
import { sampleDoc, SMALL_THEME } from '../../test/unit/fixtures';
import { getEntity } from '../model/doc';
import { cardFace } from '../cards/cardFace';
import { cardAt, cardsInside, EDIT_ZOOM, farCards, FAR_ZOOM, isFarZoom } from './farShapes';
import { layoutJourney, type CardBox } from './layoutJourney';

const doc = sampleDoc();
const layout = layoutJourney(doc, 'j1', SMALL_THEME);
const faceOf = (box: CardBox) => {
  const face = cardFace(getEntity(doc, 'touchpoints', box.id)!, box.laneKind);
  return {
    dot: face.kind === 'touchpoint' ? face.emotion.color : null,
    title: face.title.text,
    untitled: face.title.untitled,
  };
};

describe('farCards', () => {
  it('draws every card of the layout at the rectangle the full card has', () => {
    const shapes = farCards(layout, faceOf);
    expect(layout.cards.length).toBeGreaterThan(3);
    expect(shapes.map((s) => s.id)).toEqual(layout.cards.map((c) => c.id));
    for (const [i, card] of layout.cards.entries()) {
      const { x, y, width, height } = shapes[i]!;
      expect({ x, y, width, height }).toEqual({
        x: card.x,
        y: card.y,
        width: card.width,
        height: card.height,
      });
    }
  });

  it("colours the bar with the card's stage and the dot with its emotion", () => {
    const shapes = farCards(layout, faceOf);
    const t1 = shapes.find((s) => s.id === 't1')!;
    expect(t1.bar).toBe(layout.stages.find((s) => s.id === 's1')!.color);
    expect(t1.dot).toBe(faceOf(layout.cards.find((c) => c.id === 't1')!).dot);
  });

  it("carries the search's verdict, and none when nothing is filtered", () => {
    const dimmed = farCards(layout, (box) => ({ ...faceOf(box), filter: 'dim' }));
    expect(dimmed.every((s) => s.filter === 'dim')).toBe(true);
    expect(farCards(layout, faceOf).every((s) => s.filter === null)).toBe(true);
  });

  it('still draws a card whose face is unknown, without a dot', () => {
    const shapes = farCards(layout, () => undefined);
    expect(shapes).toHaveLength(layout.cards.length);
    expect(shapes.every((s) => s.dot === null)).toBe(true);
  });
});

describe('cardAt and the switch zoom', () => {
  it('finds the card under a point, and none in a gap', () => {
    const t2 = layout.cards.find((c) => c.id === 't2')!;
    expect(cardAt(layout, t2.x + 5, t2.y + t2.height / 2)).toBe('t2');
    expect(cardAt(layout, t2.x + 5, t2.y - 2)).toBeUndefined();
  });

  it('is far only below the documented zoom, and a card added far out comes in above it', () => {
    expect(isFarZoom(FAR_ZOOM - 0.01)).toBe(true);
    expect(isFarZoom(FAR_ZOOM)).toBe(false);
    expect(isFarZoom(1)).toBe(false);
    expect(isFarZoom(EDIT_ZOOM)).toBe(false);
  });

  it('a marquee selects the cards wholly inside it, not those it only crosses', () => {
    const t1 = layout.cards.find((c) => c.id === 't1')!;
    const around = { x: t1.x - 1, y: t1.y - 1, width: t1.width + 2, height: t1.height + 2 };
    expect(cardsInside(layout, around)).toEqual(['t1']);
    expect(cardsInside(layout, { ...around, width: t1.width - 2 })).toEqual([]);
    const all = { x: -1e6, y: -1e6, width: 2e6, height: 2e6 };
    expect(cardsInside(layout, all)).toEqual(layout.cards.map((c) => c.id));
  });
});
