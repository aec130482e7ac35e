import { describe, expect, it } from 'vitest';
import { deepFreeze, sampleDoc, touchpoint } from '../../test/unit/fixtures';
import { cellTouchpoints, stagesOf } from '../model/doc';
import type { ProjectDoc } from '../model/types';
import { applyOp, type OpResult } from './applyOp';
import { OpError } from './errors';
import type { Op } from './schema';

const stageOrder = (doc: ProjectDoc, journeyId = 'j1') => stagesOf(doc, journeyId).map((s) => s.id);
const cellOrder = (doc: ProjectDoc, stageId: string, laneId: string) =>
  cellTouchpoints(doc, stageId, laneId).map((t) => t.id);
const touchedKeys = (r: OpResult) =>
  r.touched.map((t) => ('id' in t ? `${t.table}:${t.id}` : t.table)).sort();

/** Applies op to a frozen sample doc, checks the inverse restores it, and returns the result. */
function applyAndCheckInverse(op: Op, doc: ProjectDoc = sampleDoc()): OpResult {
  const before = structuredClone(doc);
  const result = applyOp(deepFreeze(doc), op);
  expect(applyOp(deepFreeze(result.doc), result.inverse).doc).toEqual(before);
  return result;
}

const newStage = (id: string, journeyId = 'j1') => ({
  id,
  journeyId,
  name: `New ${id}`,
  color: '#123456',
});
const newCard = (id: string, stageId: string, laneId: string, journeyId = 'j1') => ({
  id,
  journeyId,
  stageId,
  laneId,
  title: `New ${id}`,
  emotion: 1,
  effort: 2,
});

describe('addStage', () => {
  it.each([
    [0, ['n', 's1', 's2', 's3']],
    [1, ['s1', 'n', 's2', 's3']],
    [3, ['s1', 's2', 's3', 'n']],
    [99, ['s1', 's2', 's3', 'n']],
  ])('inserts at index %i', (index, expected) => {
    const r = applyAndCheckInverse({ type: 'addStage', stage: newStage('n'), at: { index } });
    expect(stageOrder(r.doc)).toEqual(expected);
    expect(r.doc.stages.n).toMatchObject(newStage('n'));
    expect(r.inverse).toEqual({ type: 'deleteStage', id: 'n' });
    expect(touchedKeys(r)).toEqual(['stages:n']);
    // The other journey is untouched.
    expect(stageOrder(r.doc, 'j2')).toEqual(['s9']);
  });

  it('uses an exact orderKey when given one', () => {
    const r = applyAndCheckInverse({
      type: 'addStage',
      stage: newStage('n'),
      at: { orderKey: 'a1V' },
    });
    expect(r.doc.stages.n?.orderKey).toBe('a1V');
    expect(stageOrder(r.doc)).toEqual(['s1', 's2', 'n', 's3']);
  });

  it('restores touchpoints that come with it', () => {
    const tps = [touchpoint('x1', 'n', 'l1', 'a0'), touchpoint('x2', 'n', 'l2', 'a0')];
    const r = applyAndCheckInverse({
      type: 'addStage',
      stage: newStage('n'),
      at: { index: 0 },
      touchpoints: tps,
    });
    expect(r.doc.touchpoints.x1).toEqual(tps[0]);
    expect(r.doc.touchpoints.x2).toEqual(tps[1]);
    expect(touchedKeys(r)).toEqual(['stages:n', 'touchpoints:x1', 'touchpoints:x2']);
  });

  it('refuses a missing journey, a duplicate id and misplaced touchpoints', () => {
    const doc = deepFreeze(sampleDoc());
    const bad: Op[] = [
      { type: 'addStage', stage: newStage('n', 'nope'), at: { index: 0 } },
      { type: 'addStage', stage: newStage('s2'), at: { index: 0 } },
      // s9 exists in j2: ids are unique across the whole table, not per journey.
      { type: 'addStage', stage: newStage('s9'), at: { index: 0 } },
      {
        type: 'addStage',
        stage: newStage('n'),
        at: { index: 0 },
        touchpoints: [touchpoint('x', 's1', 'l1', 'a0')],
      },
      {
        type: 'addStage',
        stage: newStage('n'),
        at: { index: 0 },
        touchpoints: [touchpoint('t1', 'n', 'l1', 'a0')],
      },
      {
        type: 'addStage',
        stage: newStage('n'),
        at: { index: 0 },
        touchpoints: [touchpoint('x', 'n', 'l9', 'a0')],
      },
    ];
    for (const op of bad) expect(() => applyOp(doc, op), JSON.stringify(op)).toThrow(OpError);
  });
});

describe('updateStage', () => {
  it('patches only the given fields and inverts to the previous values', () => {
    const r = applyAndCheckInverse({ type: 'updateStage', id: 's2', patch: { name: 'Renamed' } });
    expect(r.doc.stages.s2).toEqual({ ...sampleDoc().stages.s2, name: 'Renamed' });
    expect(r.inverse).toEqual({ type: 'updateStage', id: 's2', patch: { name: 'Stage s2' } });
    expect(touchedKeys(r)).toEqual(['stages:s2']);
  });

  it('ignores undefined patch fields rather than writing undefined', () => {
    const r = applyAndCheckInverse({
      type: 'updateStage',
      id: 's2',
      patch: { name: undefined, color: '#abcdef' },
    });
    expect(r.doc.stages.s2?.name).toBe('Stage s2');
    expect(r.doc.stages.s2?.color).toBe('#abcdef');
    expect(r.inverse).toEqual({ type: 'updateStage', id: 's2', patch: { color: '#4c6ef5' } });
  });
});

describe('moveStage', () => {
  it.each([
    ['s3', 0, ['s3', 's1', 's2']],
    ['s1', 1, ['s2', 's1', 's3']],
    ['s1', 2, ['s2', 's3', 's1']],
    ['s1', 50, ['s2', 's3', 's1']],
    ['s2', 1, ['s1', 's2', 's3']],
  ])('moves %s to index %i', (id, index, expected) => {
    const r = applyAndCheckInverse({ type: 'moveStage', id, at: { index } });
    expect(stageOrder(r.doc)).toEqual(expected);
    expect(r.inverse).toEqual({
      type: 'moveStage',
      id,
      at: { orderKey: sampleDoc().stages[id]?.orderKey },
    });
    expect(touchedKeys(r)).toEqual([`stages:${id}`]);
    // Only the order key changes.
    const { orderKey: _a, ...rest } = r.doc.stages[id]!;
    const { orderKey: _b, ...was } = sampleDoc().stages[id]!;
    expect(rest).toEqual(was);
  });

  it('keeps its cards with it', () => {
    const r = applyOp(sampleDoc(), { type: 'moveStage', id: 's1', at: { index: 2 } });
    expect(cellOrder(r.doc, 's1', 'l1')).toEqual(['t1', 't2', 't3']);
  });
});

describe('deleteStage', () => {
  it('removes the stage and every touchpoint in it, in all lanes', () => {
    const r = applyAndCheckInverse({ type: 'deleteStage', id: 's1' });
    expect(r.doc.stages.s1).toBeUndefined();
    expect(Object.keys(r.doc.touchpoints).sort()).toEqual(['t4', 't9']);
    expect(touchedKeys(r)).toEqual([
      'stages:s1',
      'touchpoints:t1',
      'touchpoints:t2',
      'touchpoints:t3',
      'touchpoints:t5',
    ]);
  });

  it('inverts to an addStage that restores the stage and its cards exactly', () => {
    const original = sampleDoc();
    const r = applyOp(deepFreeze(sampleDoc()), { type: 'deleteStage', id: 's1' });
    expect(r.inverse.type).toBe('addStage');
    const restored = applyOp(deepFreeze(r.doc), r.inverse);
    expect(restored.doc).toEqual(original);
    expect(stageOrder(restored.doc)).toEqual(['s1', 's2', 's3']);
    expect(cellOrder(restored.doc, 's1', 'l1')).toEqual(['t1', 't2', 't3']);
    // Deleting again after the restore gives the same result: redo works too.
    expect(applyOp(restored.doc, restored.inverse).doc).toEqual(r.doc);
  });

  it('deletes an empty stage with no touched touchpoints', () => {
    const r = applyAndCheckInverse({ type: 'deleteStage', id: 's3' });
    expect(stageOrder(r.doc)).toEqual(['s1', 's2']);
    expect(touchedKeys(r)).toEqual(['stages:s3']);
    expect(Object.keys(r.doc.touchpoints)).toHaveLength(6);
  });
});

describe('addTouchpoint', () => {
  it.each([
    [0, ['n', 't1', 't2', 't3']],
    [2, ['t1', 't2', 'n', 't3']],
    [3, ['t1', 't2', 't3', 'n']],
    [1000, ['t1', 't2', 't3', 'n']],
  ])('inserts at index %i of its cell', (index, expected) => {
    const r = applyAndCheckInverse({
      type: 'addTouchpoint',
      touchpoint: newCard('n', 's1', 'l1'),
      at: { index },
    });
    expect(cellOrder(r.doc, 's1', 'l1')).toEqual(expected);
    expect(r.doc.touchpoints.n).toMatchObject(newCard('n', 's1', 'l1'));
    expect(r.inverse).toEqual({ type: 'deleteTouchpoint', id: 'n' });
    expect(touchedKeys(r)).toEqual(['touchpoints:n']);
  });

  it('adds into an empty cell', () => {
    const r = applyAndCheckInverse({
      type: 'addTouchpoint',
      touchpoint: newCard('n', 's3', 'l2'),
      at: { index: 0 },
    });
    expect(cellOrder(r.doc, 's3', 'l2')).toEqual(['n']);
  });

  it('refuses duplicates and cells outside its journey', () => {
    const doc = deepFreeze(sampleDoc());
    const bad: Op[] = [
      { type: 'addTouchpoint', touchpoint: newCard('t9', 's1', 'l1'), at: { index: 0 } },
      { type: 'addTouchpoint', touchpoint: newCard('n', 'nope', 'l1'), at: { index: 0 } },
      { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'nope'), at: { index: 0 } },
      { type: 'addTouchpoint', touchpoint: newCard('n', 's9', 'l1'), at: { index: 0 } },
      { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'l9'), at: { index: 0 } },
      { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'l1', 'j2'), at: { index: 0 } },
      { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'l1', 'nope'), at: { index: 0 } },
    ];
    for (const op of bad) expect(() => applyOp(doc, op), JSON.stringify(op)).toThrow(OpError);
  });
});

describe('updateTouchpoint', () => {
  it('patches emotion, effort and title and inverts exactly', () => {
    const r = applyAndCheckInverse({
      type: 'updateTouchpoint',
      id: 't1',
      patch: { emotion: 2, effort: 7, title: 'Checkout' },
    });
    expect(r.doc.touchpoints.t1).toEqual({
      ...sampleDoc().touchpoints.t1,
      emotion: 2,
      effort: 7,
      title: 'Checkout',
    });
    expect(r.inverse).toEqual({
      type: 'updateTouchpoint',
      id: 't1',
      patch: { emotion: -2, effort: 1, title: 'Card t1' },
    });
    expect(touchedKeys(r)).toEqual(['touchpoints:t1']);
    // Untouched rows are shared with the input, not copied.
    const input = sampleDoc();
    const again = applyOp(input, { type: 'updateTouchpoint', id: 't1', patch: { title: 'x' } });
    expect(again.doc.touchpoints.t2).toBe(input.touchpoints.t2);
  });
});

describe('moveTouchpoint', () => {
  it('moves a card to another stage at an index', () => {
    const r = applyAndCheckInverse({
      type: 'moveTouchpoint',
      id: 't2',
      stageId: 's2',
      laneId: 'l1',
      at: { index: 0 },
    });
    expect(cellOrder(r.doc, 's1', 'l1')).toEqual(['t1', 't3']);
    expect(cellOrder(r.doc, 's2', 'l1')).toEqual(['t2', 't4']);
    expect(r.doc.touchpoints.t2).toMatchObject({ stageId: 's2', laneId: 'l1' });
    expect(r.inverse).toEqual({
      type: 'moveTouchpoint',
      id: 't2',
      stageId: 's1',
      laneId: 'l1',
      at: { orderKey: 'a1' },
    });
    expect(touchedKeys(r)).toEqual(['touchpoints:t2']);
  });

  it('moves a card to another lane', () => {
    const r = applyAndCheckInverse({
      type: 'moveTouchpoint',
      id: 't4',
      stageId: 's1',
      laneId: 'l2',
      at: { index: 1 },
    });
    expect(cellOrder(r.doc, 's1', 'l2')).toEqual(['t5', 't4']);
    expect(cellOrder(r.doc, 's2', 'l1')).toEqual([]);
  });

  it.each([
    ['t3', 0, ['t3', 't1', 't2']],
    ['t1', 1, ['t2', 't1', 't3']],
    ['t1', 2, ['t2', 't3', 't1']],
    ['t1', 9, ['t2', 't3', 't1']],
    ['t2', 1, ['t1', 't2', 't3']],
  ])('reorders %s to index %i within its cell', (id, index, expected) => {
    const r = applyAndCheckInverse({
      type: 'moveTouchpoint',
      id,
      stageId: 's1',
      laneId: 'l1',
      at: { index },
    });
    expect(cellOrder(r.doc, 's1', 'l1')).toEqual(expected);
  });

  it('refuses a missing card and a cell of another journey', () => {
    const doc = deepFreeze(sampleDoc());
    const bad: Op[] = [
      { type: 'moveTouchpoint', id: 'nope', stageId: 's1', laneId: 'l1', at: { index: 0 } },
      { type: 'moveTouchpoint', id: 't1', stageId: 's9', laneId: 'l9', at: { index: 0 } },
      { type: 'moveTouchpoint', id: 't1', stageId: 's9', laneId: 'l1', at: { index: 0 } },
      { type: 'moveTouchpoint', id: 't1', stageId: 's1', laneId: 'l9', at: { index: 0 } },
      { type: 'moveTouchpoint', id: 't1', stageId: 'nope', laneId: 'l1', at: { index: 0 } },
    ];
    for (const op of bad) expect(() => applyOp(doc, op), JSON.stringify(op)).toThrow(OpError);
  });
});

describe('deleteTouchpoint', () => {
  it('removes the card and inverts to an exact re-add', () => {
    const r = applyAndCheckInverse({ type: 'deleteTouchpoint', id: 't2' });
    expect(r.doc.touchpoints.t2).toBeUndefined();
    expect(cellOrder(r.doc, 's1', 'l1')).toEqual(['t1', 't3']);
    expect(r.inverse).toEqual({
      type: 'addTouchpoint',
      touchpoint: {
        id: 't2',
        journeyId: 'j1',
        stageId: 's1',
        laneId: 'l1',
        title: 'Card t2',
        emotion: 0,
        effort: 4,
      },
      at: { orderKey: 'a1' },
    });
    expect(touchedKeys(r)).toEqual(['touchpoints:t2']);
  });
});

describe('updateJourney and updateProject', () => {
  it('updates a journey and inverts', () => {
    const r = applyAndCheckInverse({
      type: 'updateJourney',
      id: 'j2',
      patch: { name: 'Future', description: 'Better' },
    });
    expect(r.doc.journeys.j2).toMatchObject({
      name: 'Future',
      description: 'Better',
      state: 'future',
    });
    expect(r.inverse).toEqual({
      type: 'updateJourney',
      id: 'j2',
      patch: { name: 'Journey j2', description: '' },
    });
    expect(touchedKeys(r)).toEqual(['journeys:j2']);
  });

  it('renames the project and inverts', () => {
    const r = applyAndCheckInverse({ type: 'updateProject', patch: { name: 'Renamed' } });
    expect(r.doc.info).toEqual({ name: 'Renamed', createdAt: '2024-01-01T00:00:00.000Z' });
    expect(r.inverse).toEqual({ type: 'updateProject', patch: { name: 'Sample' } });
    expect(touchedKeys(r)).toEqual(['info']);
  });
});

describe('batch', () => {
  const batch: Op = {
    type: 'batch',
    ops: [
      { type: 'addStage', stage: newStage('n'), at: { index: 0 } },
      { type: 'addTouchpoint', touchpoint: newCard('c', 'n', 'l1'), at: { index: 0 } },
      { type: 'moveTouchpoint', id: 't1', stageId: 'n', laneId: 'l1', at: { index: 0 } },
      { type: 'updateTouchpoint', id: 'c', patch: { title: 'Edited' } },
      { type: 'deleteTouchpoint', id: 't9' },
    ],
  };

  it('applies its ops in order, each seeing the previous ones', () => {
    const r = applyAndCheckInverse(batch);
    expect(stageOrder(r.doc)).toEqual(['n', 's1', 's2', 's3']);
    expect(cellOrder(r.doc, 'n', 'l1')).toEqual(['t1', 'c']);
    expect(r.doc.touchpoints.c?.title).toBe('Edited');
    expect(r.doc.touchpoints.t9).toBeUndefined();
  });

  it('inverts to the reversed inverses and reports each touched row once', () => {
    const r = applyOp(sampleDoc(), batch);
    expect(r.inverse.type).toBe('batch');
    const types = r.inverse.type === 'batch' ? r.inverse.ops.map((o) => o.type) : [];
    expect(types).toEqual([
      'addTouchpoint',
      'updateTouchpoint',
      'moveTouchpoint',
      'deleteTouchpoint',
      'deleteStage',
    ]);
    expect(touchedKeys(r)).toEqual([
      'stages:n',
      'touchpoints:c',
      'touchpoints:t1',
      'touchpoints:t9',
    ]);
  });

  it('fails as a whole when one op does not fit, leaving the input alone', () => {
    const doc = deepFreeze(sampleDoc());
    const op: Op = {
      type: 'batch',
      ops: [
        { type: 'updateTouchpoint', id: 't1', patch: { title: 'x' } },
        { type: 'addTouchpoint', touchpoint: newCard('n', 'missing', 'l1'), at: { index: 0 } },
      ],
    };
    expect(() => applyOp(doc, op)).toThrow(OpError);
    expect(doc).toEqual(sampleDoc());
  });

  it('handles an empty batch', () => {
    const r = applyAndCheckInverse({ type: 'batch', ops: [] });
    expect(r.touched).toEqual([]);
    expect(r.doc).toEqual(sampleDoc());
  });
});

describe('ids that name Object.prototype members', () => {
  const protoIds = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

  it.each(protoIds)('does not find %s through the prototype', (id) => {
    const doc = deepFreeze(sampleDoc());
    const bad: Op[] = [
      { type: 'updateTouchpoint', id, patch: { title: 'x' } },
      { type: 'deleteTouchpoint', id },
      { type: 'moveTouchpoint', id, stageId: 's1', laneId: 'l1', at: { index: 0 } },
      { type: 'moveTouchpoint', id: 't1', stageId: id, laneId: 'l1', at: { index: 0 } },
      { type: 'moveTouchpoint', id: 't1', stageId: 's1', laneId: id, at: { index: 0 } },
      { type: 'updateStage', id, patch: { name: 'x' } },
      { type: 'moveStage', id, at: { index: 0 } },
      { type: 'deleteStage', id },
      { type: 'updateJourney', id, patch: { name: 'x' } },
      { type: 'addStage', stage: newStage('n', id), at: { index: 0 } },
      { type: 'addTouchpoint', touchpoint: newCard('n', id, 'l1'), at: { index: 0 } },
    ];
    for (const op of bad) expect(() => applyOp(doc, op), JSON.stringify(op)).toThrow(OpError);
  });

  it.each(protoIds)('stores a new row with id %s as an own property', (id) => {
    const r = applyAndCheckInverse({
      type: 'addTouchpoint',
      touchpoint: newCard(id, 's1', 'l1'),
      at: { index: 0 },
    });
    expect(Object.hasOwn(r.doc.touchpoints, id)).toBe(true);
    expect(Object.getPrototypeOf(r.doc.touchpoints)).toBe(Object.prototype);
    expect(cellOrder(r.doc, 's1', 'l1')).toEqual([id, 't1', 't2', 't3']);
    const updated = applyOp(r.doc, { type: 'updateTouchpoint', id, patch: { emotion: -1 } });
    expect(updated.doc.touchpoints[id]?.emotion).toBe(-1);
    const deleted = applyOp(updated.doc, { type: 'deleteTouchpoint', id });
    expect(Object.hasOwn(deleted.doc.touchpoints, id)).toBe(false);
    expect(deleted.doc).toEqual(sampleDoc());
  });
});

describe('purity', () => {
  const everyOp: Op[] = [
    { type: 'updateProject', patch: { name: 'P' } },
    { type: 'updateJourney', id: 'j1', patch: { name: 'J' } },
    { type: 'addStage', stage: newStage('n'), at: { index: 1 } },
    {
      type: 'addStage',
      stage: newStage('n'),
      at: { index: 0 },
      touchpoints: [touchpoint('x', 'n', 'l1', 'a0')],
    },
    { type: 'updateStage', id: 's1', patch: { color: '#000000' } },
    { type: 'moveStage', id: 's1', at: { index: 2 } },
    { type: 'deleteStage', id: 's1' },
    { type: 'addTouchpoint', touchpoint: newCard('n', 's2', 'l1'), at: { index: 0 } },
    { type: 'updateTouchpoint', id: 't1', patch: { effort: 5 } },
    { type: 'moveTouchpoint', id: 't1', stageId: 's2', laneId: 'l2', at: { index: 0 } },
    { type: 'deleteTouchpoint', id: 't1' },
    {
      type: 'batch',
      ops: [
        { type: 'deleteStage', id: 's2' },
        { type: 'moveTouchpoint', id: 't1', stageId: 's3', laneId: 'l1', at: { index: 0 } },
      ],
    },
  ];

  it.each(everyOp.map((op) => [op.type, op] as const))(
    '%s never mutates its input doc or op',
    (_type, op) => {
      const doc = deepFreeze(sampleDoc());
      const frozenOp = deepFreeze(structuredClone(op));
      // Frozen objects make any write throw in strict mode (ES modules are strict).
      const r = applyOp(doc, frozenOp);
      expect(doc).toEqual(sampleDoc());
      expect(frozenOp).toEqual(op);
      expect(r.doc).not.toBe(doc);
    },
  );
});
