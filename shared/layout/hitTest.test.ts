import { describe, expect, it } from 'vitest';
import { sampleDoc, SMALL_THEME } from '../../test/unit/fixtures';
import { createLifecycleProject } from '../model/templates';
import { cellAt, dropTargetAt, nearestCell } from './hitTest';
import { layoutJourney } from './layoutJourney';
import { DEFAULT_LAYOUT_THEME } from './theme';

const THEME = SMALL_THEME;

/*
 * Journey j1 of the sample doc with THEME:
 *   stages s1 x 100..300, s2 x 310..510, s3 x 520..720
 *   lanes  l1 y 50..200, l2 y 200..280
 *   s1/l1 cards t1 60..100 (centre 80), t2 105..145 (125), t3 150..190 (170); s1/l2 card t5.
 */
const layout = layoutJourney(sampleDoc(), 'j1', THEME);

describe('dropTargetAt', () => {
  it.each([
    [200, 55, 0],
    [200, 79, 0],
    [200, 81, 1],
    [200, 124, 1],
    [200, 126, 2],
    [200, 171, 3],
    [200, 199, 3],
  ])('inside s1/l1 at (%i, %i) gives index %i', (x, y, index) => {
    expect(dropTargetAt(layout, x, y)).toEqual({ stageId: 's1', laneId: 'l1', index });
  });

  it('finds other cells, including empty ones', () => {
    expect(dropTargetAt(layout, 400, 150)).toEqual({ stageId: 's2', laneId: 'l1', index: 1 });
    expect(dropTargetAt(layout, 400, 60)).toEqual({ stageId: 's2', laneId: 'l1', index: 0 });
    expect(dropTargetAt(layout, 600, 240)).toEqual({ stageId: 's3', laneId: 'l2', index: 0 });
    expect(dropTargetAt(layout, 150, 260)).toEqual({ stageId: 's1', laneId: 'l2', index: 1 });
  });

  it('lands in the nearer stage from the gap between two stages', () => {
    expect(dropTargetAt(layout, 303, 120)).toMatchObject({ stageId: 's1', laneId: 'l1' });
    expect(dropTargetAt(layout, 307, 120)).toMatchObject({ stageId: 's2', laneId: 'l1' });
    expect(dropTargetAt(layout, 516, 250)).toMatchObject({ stageId: 's3', laneId: 'l2' });
  });

  it('lands in the nearest edge cell beyond the edges', () => {
    // Over the lane labels, left of the first stage.
    expect(dropTargetAt(layout, 20, 120)).toEqual({ stageId: 's1', laneId: 'l1', index: 1 });
    expect(dropTargetAt(layout, -500, 130)).toEqual({ stageId: 's1', laneId: 'l1', index: 2 });
    // Right of the last stage.
    expect(dropTargetAt(layout, 5000, 120)).toEqual({ stageId: 's3', laneId: 'l1', index: 0 });
    // Above the lanes (the header and beyond): the top of the first lane.
    expect(dropTargetAt(layout, 200, 10)).toEqual({ stageId: 's1', laneId: 'l1', index: 0 });
    expect(dropTargetAt(layout, 200, -999)).toEqual({ stageId: 's1', laneId: 'l1', index: 0 });
    // Below the last lane: the end of its cell.
    expect(dropTargetAt(layout, 200, 9999)).toEqual({ stageId: 's1', laneId: 'l2', index: 1 });
    // Past a corner.
    expect(dropTargetAt(layout, 9999, 9999)).toEqual({ stageId: 's3', laneId: 'l2', index: 0 });
  });

  it('leaves the dragged card out of the index', () => {
    expect(dropTargetAt(layout, 200, 180)).toMatchObject({ index: 3 });
    expect(dropTargetAt(layout, 200, 180, 't1')).toEqual({ stageId: 's1', laneId: 'l1', index: 2 });
    expect(dropTargetAt(layout, 200, 180, 't3')).toEqual({ stageId: 's1', laneId: 'l1', index: 2 });
    expect(dropTargetAt(layout, 200, 100, 't1')).toEqual({ stageId: 's1', laneId: 'l1', index: 0 });
    // A card from another cell does not change this cell's count.
    expect(dropTargetAt(layout, 200, 180, 't4')).toMatchObject({ index: 3 });
  });

  it('drops every card back onto its own slot when released where it is', () => {
    const big = layoutJourney(sampleDoc(), 'j1', DEFAULT_LAYOUT_THEME);
    for (const l of [layout, big]) {
      for (const card of l.cards) {
        const target = dropTargetAt(l, card.x + card.width / 2, card.y + card.height / 2, card.id);
        expect(target).toEqual({ stageId: card.stageId, laneId: card.laneId, index: card.index });
      }
    }
  });

  it('returns undefined when there is no cell at all', () => {
    const doc = createLifecycleProject('P', '2024-01-01T00:00:00.000Z');
    doc.lanes = {};
    const journeyId = Object.keys(doc.journeys)[0]!;
    const empty = layoutJourney(doc, journeyId, THEME);
    expect(dropTargetAt(empty, 150, 100)).toBeUndefined();
    expect(nearestCell(empty, 150, 100)).toBeUndefined();
  });
});

describe('cellAt and nearestCell', () => {
  it('cellAt finds only the cell under the point', () => {
    expect(cellAt(layout, 400, 250)).toMatchObject({ stageId: 's2', laneId: 'l2' });
    expect(cellAt(layout, 305, 120)).toBeUndefined();
    expect(cellAt(layout, 50, 120)).toBeUndefined();
    expect(cellAt(layout, 200, 20)).toBeUndefined();
  });

  it('nearestCell agrees with cellAt inside a cell', () => {
    for (const [x, y] of [
      [101, 51],
      [299, 199],
      [620, 270],
    ] as const) {
      expect(nearestCell(layout, x, y)).toBe(cellAt(layout, x, y));
    }
  });
});
