import { describe, expect, it } from 'vitest';
import { sameArrangement } from '../../../../shared/layout/layoutIndex';
import { layoutJourney } from '../../../../shared/layout/layoutJourney';
import { resizedLayout } from '../../../../shared/layout/resizedLayout';
import { DEFAULT_LAYOUT_THEME } from '../../../../shared/layout/theme';
import { applyOp } from '../../../../shared/ops/applyOp';
import type { Op } from '../../../../shared/ops/schema';
import { sampleDoc } from '../../../../test/unit/fixtures';
import {
  buildNavModel,
  keyOf,
  mapEntry,
  moveFrom,
  navRect,
  nearestTo,
  tabFrom,
  targetOfKey,
  type NavDirection,
} from './navModel';

// j1: stages s1 s2 s3, lanes l1 l2; s1/l1 holds t1 t2 t3, s2/l1 t4, s1/l2 t5; the rest empty.
const model = buildNavModel(layoutJourney(sampleDoc(), 'j1', DEFAULT_LAYOUT_THEME));
const walk = (from: string, ...moves: NavDirection[]) =>
  moves.reduce<string | undefined>((at, d) => (at ? moveFrom(model, at, d) : undefined), from);

describe('the keyboard walk over the map model', () => {
  it('moves up and down a cell card by card, then on to the next lane or the stage header', () => {
    expect(walk('card:t1', 'down')).toBe('card:t2');
    expect(walk('card:t3', 'down')).toBe('card:t5');
    expect(walk('card:t5', 'up')).toBe('card:t3');
    expect(walk('card:t1', 'up')).toBe('stage:s1');
    expect(walk('stage:s1', 'down')).toBe('card:t1');
    // Nothing below the last lane.
    expect(walk('card:t5', 'down')).toBeUndefined();
  });

  it('moves across stages at the same height, into empty cells, and to the lane label', () => {
    expect(walk('card:t2', 'right')).toBe('card:t4');
    expect(walk('card:t4', 'right')).toBe('cell:s3:l1');
    expect(walk('card:t5', 'right')).toBe('cell:s2:l2');
    expect(walk('card:t1', 'left')).toBe('lane:l1');
    expect(walk('lane:l1', 'right')).toBe('card:t1');
    expect(walk('lane:l1', 'down')).toBe('lane:l2');
  });

  it('walks the header row: each stage, its + Add, then Add stage', () => {
    expect(walk('stage:s1', 'right')).toBe('add:s1');
    expect(walk('add:s1', 'right')).toBe('stage:s2');
    expect(walk('stage:s1', 'end')).toBe('add-stage');
    expect(walk('add-stage', 'home')).toBe('stage:s1');
  });

  it('Home and End go along the row; Ctrl+Home and Ctrl+End to the first and last card', () => {
    expect(walk('cell:s3:l1', 'home')).toBe('card:t1');
    expect(walk('card:t1', 'end')).toBe('cell:s3:l1');
    expect(walk('cell:s3:l2', 'first')).toBe('card:t1');
    expect(walk('stage:s2', 'last')).toBe('card:t5');
  });

  it('Tab reaches every header, + Add, lane and card in reading order, and no empty cell', () => {
    expect(model.order).toEqual([
      'stage:s1',
      'add:s1',
      'stage:s2',
      'add:s2',
      'stage:s3',
      'add:s3',
      'add-stage',
      'lane:l1',
      'card:t1',
      'card:t2',
      'card:t3',
      'card:t4',
      'lane:l2',
      'card:t5',
    ]);
    expect(tabFrom(model, 'card:t4', false)).toBe('lane:l2');
    expect(tabFrom(model, 'card:t5', false)).toBeUndefined();
    expect(tabFrom(model, 'stage:s1', true)).toBeUndefined();
    // From an empty cell, on from where it sits.
    expect(tabFrom(model, 'cell:s2:l2', false)).toBeUndefined();
    expect(tabFrom(model, 'cell:s3:l1', true)).toBe('card:t4');
  });

  it('puts a neighbour in the place of a card that is gone', () => {
    expect(nearestTo(model, { col: 0, row: 0, sub: 7 })).toBe('card:t3');
    expect(nearestTo(model, { col: 1, row: -1, sub: 0 })).toBe('stage:s2');
  });

  it('reads back every key it writes', () => {
    for (const item of model.items.values()) expect(keyOf(targetOfKey(item.key)!)).toBe(item.key);
    expect(targetOfKey('nonsense')).toBeNull();
  });
});

describe('the model of a layout whose cards only moved', () => {
  it('is the same walk, and the rects the view pans to are read from the new layout', () => {
    const doc = sampleDoc();
    const before = layoutJourney(doc, 'j1', DEFAULT_LAYOUT_THEME);
    const title = 'a title long enough to wrap over three or four lines of a card '.repeat(3);
    const next = applyOp(doc, { type: 'updateTouchpoint', id: 't1', patch: { title } } as Op).doc;
    const after = resizedLayout(before, doc, next, 'j1', ['t1'], DEFAULT_LAYOUT_THEME)!;
    expect(sameArrangement(before, after)).toBe(true);
    const built = buildNavModel(before);
    expect(buildNavModel(after)).toEqual(built);
    // The lane below moved: its label, its cards and its empty cells are panned to there.
    expect(after.lanes[1]!.y).toBeGreaterThan(before.lanes[1]!.y);
    const rectOf = (key: string) => navRect(built.items.get(key)!, after, DEFAULT_LAYOUT_THEME)!;
    expect(rectOf('lane:l2').y).toBe(after.lanes[1]!.y);
    expect(rectOf('cell:s2:l2').y).toBe(after.lanes[1]!.y);
    expect(rectOf('card:t5')).toBe(after.cards.find((c) => c.id === 't5'));
    expect(rectOf('card:t1').height).toBeGreaterThan(rectOf('card:t2').height);
    expect(rectOf('stage:s2')).toMatchObject({ x: after.stages[1]!.x, y: after.stages[1]!.y });
    expect(rectOf('add-stage').x).toBeGreaterThan(after.width);
  });
});

describe('where F6 lands on the map', () => {
  it('is the selected card, else the first card in the model order', () => {
    expect(mapEntry(model, 't4')).toBe('card:t4');
    expect(mapEntry(model, null)).toBe('card:t1');
    // A card the map does not show (another journey's, deleted) is not a place to land.
    expect(mapEntry(model, 'gone')).toBe('card:t1');
  });

  it('is the first stop of a map without cards', () => {
    const empty = buildNavModel(
      layoutJourney(
        applyOp(sampleDoc(), {
          type: 'deleteRows',
          ids: { touchpoints: ['t1', 't2', 't3', 't4', 't5'] },
        } as Op).doc,
        'j1',
        DEFAULT_LAYOUT_THEME,
      ),
    );
    expect(mapEntry(empty, null)).toBe('stage:s1');
  });
});
