import { describe, expect, it } from 'vitest';
import { addedCardBox, revealView } from './revealView';

const pane = { width: 1000, height: 600 };
const card = { x: 4000, y: 900, width: 248, height: 120 };

describe('revealView', () => {
  it('leaves the view alone when the box is on screen at a zoom as high', () => {
    expect(revealView(card, { x: -3800, y: -800, zoom: 1, ...pane })).toBeNull();
    expect(revealView(card, { x: -3800, y: -800, zoom: 1, ...pane }, 0.5)).toBeNull();
  });

  it('pans no further than brings the box in, keeping a margin', () => {
    const next = revealView(card, { x: 0, y: -800, zoom: 1, ...pane })!;
    expect(next.zoom).toBe(1);
    expect(card.x + card.width + next.x).toBe(pane.width - 24);
    expect(next.y).toBe(-800);
  });

  it('zooms in about the box, which stays where it was when that is on screen', () => {
    const view = { x: 100, y: 50, zoom: 0.15, ...pane };
    const next = revealView(card, view, 1)!;
    expect(next.zoom).toBe(1);
    const centre = (v: { x: number; y: number; zoom: number }) => ({
      x: (card.x + card.width / 2) * v.zoom + v.x,
      y: (card.y + card.height / 2) * v.zoom + v.y,
    });
    expect(centre(next).x).toBeCloseTo(centre(view).x);
    expect(centre(next).y).toBeCloseTo(centre(view).y);
  });

  it('zooms in and then pans a box near the edge fully on screen', () => {
    const next = revealView(card, { x: 360, y: 10, zoom: 0.15, ...pane }, 1)!;
    const left = card.x * next.zoom + next.x;
    const top = card.y * next.zoom + next.y;
    expect(left).toBeGreaterThanOrEqual(24);
    expect(left + card.width).toBeLessThanOrEqual(pane.width - 24);
    expect(top).toBeGreaterThanOrEqual(24);
    expect(top + card.height).toBeLessThanOrEqual(pane.height - 24);
  });

  it('never zooms out to reveal', () => {
    const next = revealView(card, { x: 0, y: 0, zoom: 1.5, ...pane }, 1)!;
    expect(next.zoom).toBe(1.5);
  });
});

describe('addedCardBox', () => {
  const stages = [{ id: 's1', y: 40 }];
  const added = {
    ...card,
    id: 'c',
    stageId: 's1',
    laneId: 'l',
    laneKind: 'touchpoints' as const,
    index: 0,
  };

  it('shows the card with its stage head above it and the lane names left of the map when they fit', () => {
    expect(addedCardBox({ stages }, added, 0.25, { width: 1200, height: 1200 })).toEqual({
      x: 0,
      y: 40,
      width: card.x + card.width,
      height: card.y + card.height - 40,
    });
  });

  it('shows the card alone on an axis where its context would push it off the pane', () => {
    expect(addedCardBox({ stages }, added, 1, { width: 1200, height: 600 })).toEqual({
      x: card.x,
      y: card.y,
      width: card.width,
      height: card.height,
    });
    expect(addedCardBox({ stages }, added, 1, { width: 1000, height: 1200 }).x).toBe(card.x);
  });
});
