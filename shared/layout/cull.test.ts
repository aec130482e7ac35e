import { describe, expect, it } from 'vitest';
import { cardsNear, cullWindow, pointsNear } from './cull';
import type { JourneyLayout } from './layoutJourney';

const card = (id: string, x: number, y: number) => ({
  id,
  stageId: 's',
  laneId: 'l',
  laneKind: 'touchpoints' as const,
  index: 0,
  x,
  y,
  width: 100,
  height: 50,
  text: { titleLines: 1, bodyLines: 0, more: false },
});

function layoutWith(cards: ReturnType<typeof card>[], connections: JourneyLayout['connections']) {
  return {
    width: 10_000,
    height: 1000,
    top: 0,
    stages: [],
    lanes: [],
    cells: [],
    cards,
    lines: [],
    connections,
  } satisfies JourneyLayout;
}

describe('cullWindow', () => {
  it('is the screen plus half a screen around it, snapped outward to the grid', () => {
    // At zoom 1 and no pan, a 1000 x 600 pane shows canvas 0..1000 x 0..600; padding is 500:
    // x -500..1500 and y -500..1100, snapped outward to 512: -512..1536 both ways.
    expect(cullWindow({ x: 0, y: 0, zoom: 1, width: 1000, height: 600 }, 512)).toEqual({
      x: -512,
      y: -512,
      width: 2048,
      height: 2048,
    });
  });

  it('follows pan and zoom: at zoom 0.5 the same pane covers twice the canvas', () => {
    const win = cullWindow({ x: -1000, y: 0, zoom: 0.5, width: 1000, height: 600 }, 100)!;
    // Visible canvas: x 2000..4000, y 0..1200; padding 1000.
    expect(win).toEqual({ x: 1000, y: -1000, width: 4000, height: 3200 });
  });

  it('stays the same for a small pan, so the cards handed over do not change', () => {
    const a = cullWindow({ x: 0, y: 0, zoom: 1, width: 1000, height: 600 });
    // 20 units right and down: x 20..1520 still snaps to -512..1536.
    const b = cullWindow({ x: -20, y: -20, zoom: 1, width: 1000, height: 600 });
    expect(b).toEqual(a);
  });

  it('is null until the pane has a size', () => {
    expect(cullWindow({ x: 0, y: 0, zoom: 1, width: 0, height: 0 })).toBeNull();
  });
});

describe('cardsNear', () => {
  const window = { x: 0, y: 0, width: 1000, height: 1000 };

  it('keeps the cards that overlap the window', () => {
    const layout = layoutWith(
      [card('in', 10, 10), card('edge', 950, 980), card('out', 5000, 0)],
      [],
    );
    expect([...cardsNear(layout, window)].sort()).toEqual(['edge', 'in']);
  });

  it('keeps both ends of an arrow that crosses the window, even from cards far away', () => {
    const layout = layoutWith(
      [card('a', -3000, 100), card('b', 4000, 100), card('c', 8000, 100)],
      [
        {
          id: 'ab',
          fromId: 'a',
          toId: 'b',
          kind: 'path',
          label: '',
          path: '',
          labelText: '',
          points: [
            { x: -2900, y: 125 },
            { x: 4000, y: 125 },
          ],
          start: { x: -2900, y: 125 },
          end: { x: 4000, y: 125 },
          labelAt: { x: 550, y: 125 },
        },
        {
          id: 'bc',
          fromId: 'b',
          toId: 'c',
          kind: 'path',
          label: '',
          path: '',
          labelText: '',
          points: [
            { x: 4100, y: 125 },
            { x: 8000, y: 125 },
          ],
          start: { x: 4100, y: 125 },
          end: { x: 8000, y: 125 },
          labelAt: { x: 6050, y: 125 },
        },
      ],
    );
    expect([...cardsNear(layout, window)].sort()).toEqual(['a', 'b']);
  });
});

describe('pointsNear', () => {
  const window = { x: 0, y: 0, width: 100, height: 50 };
  it('keeps the points within reach of the window, in their order', () => {
    const points = [
      { x: -30, y: 10 },
      { x: 50, y: 25 },
      { x: 125, y: 60 },
      { x: 200, y: 25 },
      { x: 50, y: -100 },
    ];
    expect(pointsNear(points, window, 25)).toEqual([points[1], points[2]]);
    expect(pointsNear(points, window, 30)).toEqual([points[0], points[1], points[2]]);
  });
  it('keeps nothing of an empty curve', () => {
    expect(pointsNear([], window, 10)).toEqual([]);
  });
});
