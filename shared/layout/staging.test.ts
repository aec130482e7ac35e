import { describe, expect, it } from 'vitest';
import type { CardBox, JourneyLayout } from './layoutJourney';
import { cardsOnScreen, CARDS_PER_FRAME, sameCards, stageToward } from './staging';

/** A column of cards 100 units apart, card i at y = 100 * i. */
function column(count: number): JourneyLayout {
  const cards = Array.from(
    { length: count },
    (_, i) => ({ id: `c${i}`, x: 0, y: 100 * i, width: 200, height: 80 }) as CardBox,
  );
  return { cards, cells: [], lanes: [], stages: [] } as Partial<JourneyLayout> as JourneyLayout;
}

const ids = (...n: number[]) => new Set(n.map((i) => `c${i}`));
const sorted = (s: ReadonlySet<string>) =>
  [...s].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

describe('stageToward', () => {
  const layout = column(40);
  // The view shows c0..c19 (y 0 to 2,000); its middle is at y 1,000.
  const view = { x: 0, y: 0, width: 400, height: 2000 };

  it('brings cards on screen a few a frame, nearest the middle first', () => {
    const wanted = new Set(layout.cards.map((c) => c.id));
    const step = stageToward(new Set(), wanted, layout, view, 4);
    // The 20 off screen come at once (nothing mounts them), and the 4 centred nearest y 1,000.
    const onScreen = sorted(step).filter((id) => Number(id.slice(1)) < 20);
    expect(onScreen).toEqual(['c8', 'c9', 'c10', 'c11']);
    expect(step.size).toBe(24);
    let shown = step;
    for (let frame = 0; frame < 4; frame++) shown = stageToward(shown, wanted, layout, view, 4);
    expect(sameCards(shown, wanted)).toBe(true);
  });

  it('lets cards go at once and returns the very set when nothing changes', () => {
    const shown = ids(1, 2, 3, 30);
    const next = stageToward(shown, ids(2), layout, view);
    expect(sorted(next)).toEqual(['c2']);
    expect(stageToward(next, ids(2), layout, view)).toBe(next);
  });

  it('counts a card the layout no longer has as off screen', () => {
    const next = stageToward(new Set(), new Set(['gone', 'c1']), layout, view, 0);
    expect([...next]).toEqual(['gone']);
  });

  it('lets CARDS_PER_FRAME cards on screen come in one frame by default', () => {
    const wanted = ids(...Array.from({ length: 20 }, (_, i) => i));
    expect(stageToward(new Set(), wanted, layout, view).size).toBe(CARDS_PER_FRAME);
  });
});

describe('cardsOnScreen', () => {
  it('lists the cards at least partly inside the view', () => {
    const layout = column(10);
    expect(sorted(cardsOnScreen(layout, { x: 150, y: 250, width: 100, height: 200 }))).toEqual([
      'c2',
      'c3',
      'c4',
    ]);
  });
});
