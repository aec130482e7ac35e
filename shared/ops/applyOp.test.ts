import { describe, expect, it } from 'vitest';
import {
  connectedDoc,
  connection,
  deepFreeze,
  journey,
  lane,
  persona,
  sampleDoc,
  stage,
  touchpoint,
} from '../../test/unit/fixtures';
import { cellTouchpoints, journeyList, lanesOf, stagesOf } from '../model/doc';
import { makeLane, makeStage, makeTouchpoint } from '../model/factories';
import { journeyFromTemplate } from '../model/templates';
import { ENTITY_TABLES, type ProjectDoc, type RowSet } from '../model/types';
import { applyOp, type OpResult } from './applyOp';
import { OpError } from './errors';
import { opSchema, type Op } from './schema';

const stageOrder = (doc: ProjectDoc, journeyId = 'j1') => stagesOf(doc, journeyId).map((s) => s.id);
const laneOrder = (doc: ProjectDoc, journeyId = 'j1') => lanesOf(doc, journeyId).map((l) => l.id);
const cellOrder = (doc: ProjectDoc, stageId: string, laneId: string) =>
  cellTouchpoints(doc, stageId, laneId).map((t) => t.id);
const touchedKeys = (r: OpResult) =>
  r.touched.map((t) => ('id' in t ? `${t.table}:${t.id}` : t.table)).sort();
const ids = (rows: Record<string, unknown>) => Object.keys(rows).sort();

/**
 * Applies op to a frozen doc, checks the inverse is a valid op that restores it exactly (and
 * that redoing after the undo gives the same result again), and returns the result.
 */
function applyAndCheckInverse(op: Op, doc: ProjectDoc = sampleDoc()): OpResult {
  const before = structuredClone(doc);
  const result = applyOp(deepFreeze(doc), op);
  expect(opSchema.safeParse(result.inverse).success).toBe(true);
  const undone = applyOp(deepFreeze(result.doc), result.inverse);
  expect(undone.doc).toEqual(before);
  expect(applyOp(deepFreeze(undone.doc), op).doc).toEqual(result.doc);
  return result;
}

/** Every op in `bad` throws an OpError on a frozen `doc`, which stays as it was. */
function expectRefused(bad: Op[], doc: ProjectDoc = sampleDoc()): void {
  const before = structuredClone(doc);
  const frozen = deepFreeze(doc);
  for (const op of bad) expect(() => applyOp(frozen, op), JSON.stringify(op)).toThrow(OpError);
  expect(frozen).toEqual(before);
}

const newStage = (id: string, journeyId = 'j1') =>
  makeStage({ id, journeyId, name: `New ${id}`, color: '#123456' });
const newLane = (id: string, journeyId = 'j1', kind: 'touchpoints' | 'emotion' = 'touchpoints') =>
  makeLane({ id, journeyId, kind, name: `New ${id}` });
const newCard = (id: string, stageId: string, laneId: string, journeyId = 'j1') =>
  makeTouchpoint({ id, journeyId, stageId, laneId, title: `New ${id}`, emotion: 1, effort: 2 });

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
    expect(r.inverse).toEqual({ type: 'deleteRows', ids: { stages: ['n'] } });
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

  it('keeps the goal it is given', () => {
    const r = applyAndCheckInverse({
      type: 'addStage',
      stage: { ...newStage('n'), description: 'Find a room' },
      at: { index: 0 },
    });
    expect(r.doc.stages.n?.description).toBe('Find a room');
  });

  it('refuses a missing journey and a duplicate id', () => {
    expectRefused([
      { type: 'addStage', stage: newStage('n', 'nope'), at: { index: 0 } },
      { type: 'addStage', stage: newStage('s2'), at: { index: 0 } },
      // s9 exists in j2: ids are unique across the whole table, not per journey.
      { type: 'addStage', stage: newStage('s9'), at: { index: 0 } },
    ]);
  });
});

describe('notes have no emotion or effort', () => {
  const withNoteLane = () => {
    const doc = sampleDoc();
    doc.lanes.l2 = { ...doc.lanes.l2!, kind: 'painPoints' };
    doc.touchpoints.t5 = { ...doc.touchpoints.t5!, emotion: null, effort: null };
    return doc;
  };

  it('moving a rated touchpoint into a note lane clears both, and undo gives them back', () => {
    const doc = withNoteLane();
    const op: Op = {
      type: 'moveTouchpoint',
      id: 't1',
      stageId: 's1',
      laneId: 'l2',
      at: { index: 0 },
    };
    const { doc: moved } = applyAndCheckInverse(op, doc);
    expect(moved.touchpoints.t1).toMatchObject({ laneId: 'l2', emotion: null, effort: null });
  });

  it('refuses a rating on a note, whether added, edited or inserted', () => {
    const doc = withNoteLane();
    const note = makeTouchpoint({
      id: 'n',
      journeyId: 'j1',
      stageId: 's1',
      laneId: 'l2',
      title: 'N',
    });
    expectRefused(
      [
        { type: 'updateTouchpoint', id: 't5', patch: { emotion: 1 } },
        { type: 'updateTouchpoint', id: 't5', patch: { effort: 3 } },
        { type: 'addTouchpoint', touchpoint: { ...note, emotion: 0 }, at: { index: 0 } },
        { type: 'insertRows', rows: { touchpoints: [{ ...note, effort: 4, orderKey: 'a5' }] } },
      ],
      doc,
    );
    // Unrated it goes in, and a touchpoint may be unrated too.
    expect(() =>
      applyOp(doc, { type: 'addTouchpoint', touchpoint: note, at: { index: 0 } }),
    ).not.toThrow();
    applyAndCheckInverse({ type: 'updateTouchpoint', id: 't1', patch: { emotion: null } }, doc);
  });
});

describe('addLane', () => {
  it.each([
    [0, ['n', 'l1', 'l2']],
    [1, ['l1', 'n', 'l2']],
    [2, ['l1', 'l2', 'n']],
    [40, ['l1', 'l2', 'n']],
  ])('inserts at index %i among its journey’s lanes', (index, expected) => {
    const r = applyAndCheckInverse({ type: 'addLane', lane: newLane('n'), at: { index } });
    expect(laneOrder(r.doc)).toEqual(expected);
    expect(r.doc.lanes.n).toEqual({ ...newLane('n'), orderKey: r.doc.lanes.n!.orderKey });
    expect(r.inverse).toEqual({ type: 'deleteRows', ids: { lanes: ['n'] } });
    expect(touchedKeys(r)).toEqual(['lanes:n']);
    expect(laneOrder(r.doc, 'j2')).toEqual(['l9']);
  });

  it('adds a lane of any kind, collapsed or hidden', () => {
    const r = applyAndCheckInverse({
      type: 'addLane',
      lane: { ...newLane('e', 'j2', 'emotion'), collapsed: true, hidden: true },
      at: { orderKey: 'Zz' },
    });
    expect(r.doc.lanes.e).toMatchObject({ kind: 'emotion', collapsed: true, hidden: true });
    expect(laneOrder(r.doc, 'j2')).toEqual(['e', 'l9']);
  });

  it('refuses a second lane of a singleton kind, by add or by insert, in one journey only', () => {
    const once = applyOp(sampleDoc(), {
      type: 'addLane',
      lane: newLane('e1', 'j1', 'emotion'),
      at: { index: 0 },
    }).doc;
    const second = newLane('e2', 'j1', 'emotion');
    expectRefused(
      [
        { type: 'addLane', lane: second, at: { index: 1 } },
        { type: 'insertRows', rows: { lanes: [{ ...second, orderKey: 'a5' }] } },
      ],
      once,
    );
    expect(() => applyOp(once, { type: 'addLane', lane: second, at: { index: 0 } })).toThrow(
      /at most one lane of the kind "Emotion curve"/,
    );
    const elsewhere = applyOp(once, {
      type: 'addLane',
      lane: newLane('e2', 'j2', 'emotion'),
      at: { index: 0 },
    });
    expect(lanesOf(elsewhere.doc, 'j2').map((l) => l.kind)).toContain('emotion');
    // Deleting the curve and undoing the delete restores it: the restored lane is not a second.
    const deleted = applyOp(once, { type: 'deleteRows', ids: { lanes: ['e1'] } });
    expect(applyOp(deleted.doc, deleted.inverse).doc.lanes.e1?.kind).toBe('emotion');
  });

  it('refuses a missing journey and a duplicate id', () => {
    expectRefused([
      { type: 'addLane', lane: newLane('n', 'nope'), at: { index: 0 } },
      { type: 'addLane', lane: newLane('l1'), at: { index: 0 } },
      { type: 'addLane', lane: newLane('l9'), at: { index: 0 } },
    ]);
  });
});

describe('updateStage', () => {
  it('patches only the given fields and inverts to the previous values', () => {
    const r = applyAndCheckInverse({ type: 'updateStage', id: 's2', patch: { name: 'Renamed' } });
    expect(r.doc.stages.s2).toEqual({ ...sampleDoc().stages.s2, name: 'Renamed' });
    expect(r.inverse).toEqual({ type: 'updateStage', id: 's2', patch: { name: 'Stage s2' } });
    expect(touchedKeys(r)).toEqual(['stages:s2']);
  });

  it('patches the goal', () => {
    const r = applyAndCheckInverse({
      type: 'updateStage',
      id: 's1',
      patch: { description: 'Know the options' },
    });
    expect(r.doc.stages.s1?.description).toBe('Know the options');
    expect(r.inverse).toEqual({ type: 'updateStage', id: 's1', patch: { description: '' } });
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

describe('moveLane', () => {
  it.each([
    ['l2', 0, ['l2', 'l1']],
    ['l1', 1, ['l2', 'l1']],
    ['l1', 7, ['l2', 'l1']],
    ['l1', 0, ['l1', 'l2']],
  ])('moves %s to index %i among its journey’s lanes', (id, index, expected) => {
    const r = applyAndCheckInverse({ type: 'moveLane', id, at: { index } });
    expect(laneOrder(r.doc)).toEqual(expected);
    expect(r.inverse).toEqual({
      type: 'moveLane',
      id,
      at: { orderKey: sampleDoc().lanes[id]?.orderKey },
    });
    expect(touchedKeys(r)).toEqual([`lanes:${id}`]);
    const { orderKey: _a, ...rest } = r.doc.lanes[id]!;
    const { orderKey: _b, ...was } = sampleDoc().lanes[id]!;
    expect(rest).toEqual(was);
    // Lanes of the other journey are not its siblings.
    expect(laneOrder(r.doc, 'j2')).toEqual(['l9']);
  });

  it('keeps its cards with it and refuses a missing lane', () => {
    const r = applyOp(sampleDoc(), { type: 'moveLane', id: 'l2', at: { index: 0 } });
    expect(cellOrder(r.doc, 's1', 'l2')).toEqual(['t5']);
    expectRefused([{ type: 'moveLane', id: 'nope', at: { index: 0 } }]);
  });
});

describe('moveJourney', () => {
  it.each([
    ['j2', 0, ['j2', 'j1']],
    ['j1', 1, ['j2', 'j1']],
    ['j1', 0, ['j1', 'j2']],
    ['j2', 5, ['j1', 'j2']],
  ])('moves %s to index %i', (id, index, expected) => {
    const r = applyAndCheckInverse({ type: 'moveJourney', id, at: { index } });
    expect(journeyList(r.doc).map((j) => j.id)).toEqual(expected);
    expect(r.inverse).toEqual({
      type: 'moveJourney',
      id,
      at: { orderKey: sampleDoc().journeys[id]?.orderKey },
    });
    expect(touchedKeys(r)).toEqual([`journeys:${id}`]);
  });

  it('moves to an exact key and refuses a missing journey', () => {
    const r = applyAndCheckInverse({ type: 'moveJourney', id: 'j1', at: { orderKey: 'a2' } });
    expect(journeyList(r.doc).map((j) => j.id)).toEqual(['j2', 'j1']);
    expectRefused([{ type: 'moveJourney', id: 'nope', at: { index: 0 } }]);
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
    expect(r.inverse).toEqual({ type: 'deleteRows', ids: { touchpoints: ['n'] } });
    expect(touchedKeys(r)).toEqual(['touchpoints:n']);
  });

  it('adds into an empty cell, keeping every field it is given', () => {
    const card = {
      ...newCard('n', 's3', 'l2'),
      description: 'Three tabs open',
      channel: 'Website',
      momentOfTruth: true,
      owner: 'Sales',
      tags: ['price', 'search'],
      evidence: 'Analytics',
    };
    const r = applyAndCheckInverse({ type: 'addTouchpoint', touchpoint: card, at: { index: 0 } });
    expect(cellOrder(r.doc, 's3', 'l2')).toEqual(['n']);
    expect(r.doc.touchpoints.n).toEqual({ ...card, orderKey: r.doc.touchpoints.n!.orderKey });
  });

  it('refuses duplicates, cells outside its journey and the emotion lane', () => {
    const doc = sampleDoc();
    doc.lanes.le = lane('le', 'j1', 'a2', { kind: 'emotion' });
    expectRefused(
      [
        { type: 'addTouchpoint', touchpoint: newCard('t9', 's1', 'l1'), at: { index: 0 } },
        { type: 'addTouchpoint', touchpoint: newCard('n', 'nope', 'l1'), at: { index: 0 } },
        { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'nope'), at: { index: 0 } },
        { type: 'addTouchpoint', touchpoint: newCard('n', 's9', 'l1'), at: { index: 0 } },
        { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'l9'), at: { index: 0 } },
        { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'l1', 'j2'), at: { index: 0 } },
        { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'l1', 'nope'), at: { index: 0 } },
        { type: 'addTouchpoint', touchpoint: newCard('n', 's1', 'le'), at: { index: 0 } },
      ],
      doc,
    );
    expect(() =>
      applyOp(doc, {
        type: 'addTouchpoint',
        touchpoint: newCard('n', 's1', 'le'),
        at: { index: 0 },
      }),
    ).toThrow(/This lane holds no cards/);
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

  it('patches every rich field and inverts exactly', () => {
    const patch = {
      description: 'Compares three tabs',
      channel: 'Chatbot / AI assistant',
      momentOfTruth: true,
      owner: 'Digital',
      tags: ['search', 'price'],
      evidence: 'Interviews, n=10',
    };
    const r = applyAndCheckInverse({ type: 'updateTouchpoint', id: 't1', patch });
    expect(r.doc.touchpoints.t1).toEqual({ ...sampleDoc().touchpoints.t1, ...patch });
    expect(r.inverse).toEqual({
      type: 'updateTouchpoint',
      id: 't1',
      patch: {
        description: '',
        channel: '',
        momentOfTruth: false,
        owner: '',
        tags: ['price'],
        evidence: '',
      },
    });
    expect(touchedKeys(r)).toEqual(['touchpoints:t1']);
  });

  it('writes nothing when setting the tags (or anything else) already there', () => {
    const doc = deepFreeze(sampleDoc());
    // An equal list, not the same array: what arrives over the wire.
    for (const patch of [
      { tags: ['price'] },
      { tags: ['price'], momentOfTruth: false, channel: '', emotion: -2 },
    ]) {
      const r = applyOp(doc, { type: 'updateTouchpoint', id: 't1', patch });
      expect(r.touched).toEqual([]);
      expect(r.doc).toBe(doc);
    }
    const empty = applyOp(doc, { type: 'updateTouchpoint', id: 't2', patch: { tags: [] } });
    expect(empty.touched).toEqual([]);
    // Another order, one more, one fewer: each is a change.
    for (const tags of [['price', 'search'], [], ['search']]) {
      const r = applyAndCheckInverse({ type: 'updateTouchpoint', id: 't1', patch: { tags } });
      expect(r.doc.touchpoints.t1?.tags).toEqual(tags);
      expect(touchedKeys(r)).toEqual(['touchpoints:t1']);
    }
    const reordered = sampleDoc();
    reordered.touchpoints.t1!.tags = ['a', 'b'];
    const swap = applyOp(reordered, {
      type: 'updateTouchpoint',
      id: 't1',
      patch: { tags: ['b', 'a'] },
    });
    expect(touchedKeys(swap)).toEqual(['touchpoints:t1']);
  });

  it('refuses a missing card', () => {
    expectRefused([{ type: 'updateTouchpoint', id: 'nope', patch: { title: 'x' } }]);
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

  it('moves a card to another lane, keeping its connections', () => {
    const r = applyAndCheckInverse(
      { type: 'moveTouchpoint', id: 't4', stageId: 's1', laneId: 'l2', at: { index: 1 } },
      connectedDoc(),
    );
    expect(cellOrder(r.doc, 's1', 'l2')).toEqual(['t5', 't4']);
    expect(cellOrder(r.doc, 's2', 'l1')).toEqual([]);
    expect(r.doc.connections).toEqual(connectedDoc().connections);
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

  it('refuses a missing card, a cell of another journey and the emotion lane', () => {
    const doc = sampleDoc();
    doc.lanes.le = lane('le', 'j1', 'a2', { kind: 'emotion' });
    expectRefused(
      [
        { type: 'moveTouchpoint', id: 'nope', stageId: 's1', laneId: 'l1', at: { index: 0 } },
        { type: 'moveTouchpoint', id: 't1', stageId: 's9', laneId: 'l9', at: { index: 0 } },
        { type: 'moveTouchpoint', id: 't1', stageId: 's9', laneId: 'l1', at: { index: 0 } },
        { type: 'moveTouchpoint', id: 't1', stageId: 's1', laneId: 'l9', at: { index: 0 } },
        { type: 'moveTouchpoint', id: 't1', stageId: 'nope', laneId: 'l1', at: { index: 0 } },
        { type: 'moveTouchpoint', id: 't1', stageId: 's1', laneId: 'le', at: { index: 0 } },
      ],
      doc,
    );
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

  it('links and unlinks a persona and a current-state journey', () => {
    const link = applyAndCheckInverse({
      type: 'updateJourney',
      id: 'j1',
      patch: { personaId: 'p1', name: 'Today' },
    });
    expect(link.doc.journeys.j1).toMatchObject({ personaId: 'p1', name: 'Today' });
    expect(link.inverse).toEqual({
      type: 'updateJourney',
      id: 'j1',
      patch: { personaId: null, name: 'Journey j1' },
    });
    const unlink = applyAndCheckInverse({
      type: 'updateJourney',
      id: 'j2',
      patch: { personaId: null, currentJourneyId: null },
    });
    expect(unlink.doc.journeys.j2).toMatchObject({ personaId: null, currentJourneyId: null });
    expect(unlink.inverse).toEqual({
      type: 'updateJourney',
      id: 'j2',
      patch: { personaId: 'p1', currentJourneyId: 'j1' },
    });
    // Setting the links already there writes nothing.
    const same = applyOp(sampleDoc(), {
      type: 'updateJourney',
      id: 'j2',
      patch: { personaId: 'p1', currentJourneyId: 'j1' },
    });
    expect(same.touched).toEqual([]);
  });

  it('refuses a missing journey, persona or current state, and a journey improving on itself', () => {
    expectRefused([
      { type: 'updateJourney', id: 'nope', patch: { name: 'x' } },
      { type: 'updateJourney', id: 'j1', patch: { personaId: 'nope' } },
      { type: 'updateJourney', id: 'j1', patch: { currentJourneyId: 'nope' } },
      { type: 'updateJourney', id: 'j2', patch: { currentJourneyId: 'j2' } },
      // A persona id is not a journey id, nor the other way round.
      { type: 'updateJourney', id: 'j1', patch: { personaId: 'j2' } },
      { type: 'updateJourney', id: 'j1', patch: { currentJourneyId: 'p1' } },
    ]);
    expect(() =>
      applyOp(sampleDoc(), { type: 'updateJourney', id: 'j2', patch: { currentJourneyId: 'j2' } }),
    ).toThrow(/cannot improve on itself/);
  });

  it('renames the project and inverts', () => {
    const r = applyAndCheckInverse({ type: 'updateProject', patch: { name: 'Renamed' } });
    expect(r.doc.info).toEqual({ name: 'Renamed', createdAt: '2024-01-01T00:00:00.000Z' });
    expect(r.inverse).toEqual({ type: 'updateProject', patch: { name: 'Sample' } });
    expect(touchedKeys(r)).toEqual(['info']);
  });
});

describe('updatePersona', () => {
  it('patches every field and inverts exactly', () => {
    const patch = {
      name: 'Maya',
      role: 'Account manager',
      quote: '“Quiet room, please.”',
      goals: 'Stay near the client\nStay in policy',
      needs: 'Wi-Fi',
      frustrations: 'Hidden fees',
      color: '#d6336c',
    };
    const r = applyAndCheckInverse({ type: 'updatePersona', id: 'p1', patch });
    expect(r.doc.personas.p1).toEqual({ ...sampleDoc().personas.p1, ...patch });
    expect(r.inverse).toEqual({
      type: 'updatePersona',
      id: 'p1',
      patch: {
        name: 'Persona p1',
        role: 'Traveller',
        quote: '',
        goals: '',
        needs: '',
        frustrations: '',
        color: '#1c7ed6',
      },
    });
    expect(touchedKeys(r)).toEqual(['personas:p1']);
  });

  it('writes nothing for the values already there and refuses a missing persona', () => {
    const doc = deepFreeze(sampleDoc());
    const r = applyOp(doc, { type: 'updatePersona', id: 'p1', patch: { role: 'Traveller' } });
    expect(r.touched).toEqual([]);
    expect(r.doc).toBe(doc);
    expectRefused([{ type: 'updatePersona', id: 'nope', patch: { name: 'x' } }]);
  });
});

describe('updateLane', () => {
  it('collapses, hides and renames a lane, and inverts exactly', () => {
    const r = applyAndCheckInverse({
      type: 'updateLane',
      id: 'l2',
      patch: { collapsed: true, hidden: true, name: 'Pains' },
    });
    expect(r.doc.lanes.l2).toEqual({
      ...sampleDoc().lanes.l2,
      collapsed: true,
      hidden: true,
      name: 'Pains',
    });
    expect(r.inverse).toEqual({
      type: 'updateLane',
      id: 'l2',
      patch: { collapsed: false, hidden: false, name: 'Lane l2' },
    });
    expect(touchedKeys(r)).toEqual(['lanes:l2']);
    // Its cards stay where they are.
    expect(cellOrder(r.doc, 's1', 'l2')).toEqual(['t5']);
  });

  it('writes nothing for the values already there and refuses a missing lane', () => {
    const doc = deepFreeze(sampleDoc());
    const r = applyOp(doc, { type: 'updateLane', id: 'l1', patch: { collapsed: false } });
    expect(r.touched).toEqual([]);
    expect(r.doc).toBe(doc);
    expectRefused([{ type: 'updateLane', id: 'nope', patch: { hidden: true } }]);
  });
});

describe('updateConnection', () => {
  it('patches label and kind and inverts exactly', () => {
    const r = applyAndCheckInverse(
      { type: 'updateConnection', id: 'c1', patch: { label: 'Card declined', kind: 'failure' } },
      connectedDoc(),
    );
    expect(r.doc.connections.c1).toEqual({
      ...connectedDoc().connections.c1,
      label: 'Card declined',
      kind: 'failure',
    });
    expect(r.inverse).toEqual({
      type: 'updateConnection',
      id: 'c1',
      patch: { label: '', kind: 'path' },
    });
    expect(touchedKeys(r)).toEqual(['connections:c1']);
  });

  it('writes nothing for the values already there and refuses a missing connection', () => {
    const doc = deepFreeze(connectedDoc());
    const r = applyOp(doc, { type: 'updateConnection', id: 'c2', patch: { kind: 'alternative' } });
    expect(r.touched).toEqual([]);
    expect(r.doc).toBe(doc);
    expectRefused([{ type: 'updateConnection', id: 'nope', patch: { label: 'x' } }], doc);
  });
});

/** A new journey j3 for a new persona p2, with every kind of row, all referring to each other. */
function newJourneyRows(): RowSet {
  return {
    personas: [persona('p2', 'a1')],
    journeys: [journey('j3', 'a2', { personaId: 'p2', currentJourneyId: 'j1', state: 'future' })],
    stages: [stage('x1', 'j3', 'a0', { description: 'Goal' }), stage('x2', 'j3', 'a1')],
    lanes: [lane('y1', 'j3', 'a0'), lane('y2', 'j3', 'a1', { kind: 'emotion', collapsed: true })],
    touchpoints: [
      touchpoint('z1', 'x1', 'y1', 'a0', 'j3', { tags: ['a', 'b'], momentOfTruth: true }),
      touchpoint('z2', 'x2', 'y1', 'a0', 'j3'),
    ],
    connections: [connection('w1', 'z1', 'z2', 'j3', { kind: 'failure', label: 'Oops' })],
  };
}

describe('insertRows', () => {
  it('inserts rows that refer to each other and inverts to a deleteRows of exactly them', () => {
    const rows = newJourneyRows();
    const r = applyAndCheckInverse({ type: 'insertRows', rows }, connectedDoc());
    expect(r.doc.personas.p2).toEqual(rows.personas![0]);
    expect(r.doc.journeys.j3).toEqual(rows.journeys![0]);
    expect(r.doc.touchpoints.z1).toEqual(rows.touchpoints![0]);
    expect(r.doc.connections.w1).toEqual(rows.connections![0]);
    expect(stageOrder(r.doc, 'j3')).toEqual(['x1', 'x2']);
    expect(r.inverse).toEqual({
      type: 'deleteRows',
      ids: {
        personas: ['p2'],
        journeys: ['j3'],
        stages: ['x1', 'x2'],
        lanes: ['y1', 'y2'],
        touchpoints: ['z1', 'z2'],
        connections: ['w1'],
      },
    });
    expect(touchedKeys(r)).toEqual([
      'connections:w1',
      'journeys:j3',
      'lanes:y1',
      'lanes:y2',
      'personas:p2',
      'stages:x1',
      'stages:x2',
      'touchpoints:z1',
      'touchpoints:z2',
    ]);
    // Nothing that was there changed.
    for (const table of ['journeys', 'stages', 'touchpoints', 'connections'] as const)
      for (const [id, row] of Object.entries(connectedDoc()[table]))
        expect((r.doc[table] as Record<string, unknown>)[id]).toEqual(row);
  });

  it('accepts journeys that refer to each other in either order within one insert', () => {
    const r = applyAndCheckInverse({
      type: 'insertRows',
      rows: {
        journeys: [
          journey('j4', 'a3', { state: 'future', currentJourneyId: 'j3' }),
          journey('j3', 'a2'),
        ],
      },
    });
    expect(r.doc.journeys.j4?.currentJourneyId).toBe('j3');
  });

  it('adds rows to existing journeys: cards and connections between old and new cards', () => {
    const r = applyAndCheckInverse(
      {
        type: 'insertRows',
        rows: {
          touchpoints: [touchpoint('n1', 's3', 'l2', 'a0')],
          connections: [connection('k1', 't5', 'n1'), connection('k2', 'n1', 't1')],
        },
      },
      connectedDoc(),
    );
    expect(cellOrder(r.doc, 's3', 'l2')).toEqual(['n1']);
    expect(ids(r.doc.connections)).toEqual(['c1', 'c2', 'c3', 'k1', 'k2']);
  });

  it('creates every template’s journey', () => {
    for (const templateId of [
      'blank',
      'lifecycle',
      'five-stage',
      'service-blueprint',
      'hotel-example',
    ]) {
      let n = 0;
      const rows = journeyFromTemplate(templateId, { orderKey: 'a5', makeId: () => `g${n++}` });
      const r = applyAndCheckInverse({ type: 'insertRows', rows });
      expect(opSchema.safeParse({ type: 'insertRows', rows }).success).toBe(true);
      expect(r.touched).toHaveLength(Object.values(rows).flat().length);
      expect(journeyList(r.doc).at(-1)?.name).toBe(rows.journeys![0]!.name);
    }
  });

  it('handles an empty insert', () => {
    const doc = deepFreeze(sampleDoc());
    const r = applyOp(doc, { type: 'insertRows', rows: {} });
    expect(r.doc).toEqual(doc);
    expect(r.touched).toEqual([]);
    expect(r.inverse).toEqual({ type: 'deleteRows', ids: {} });
  });

  it('refuses ids that exist, also within the same insert', () => {
    expectRefused([
      { type: 'insertRows', rows: { personas: [persona('p1')] } },
      { type: 'insertRows', rows: { journeys: [journey('j2', 'a5')] } },
      { type: 'insertRows', rows: { stages: [stage('s9', 'j1', 'a5')] } },
      { type: 'insertRows', rows: { lanes: [lane('l1', 'j1', 'a5')] } },
      { type: 'insertRows', rows: { touchpoints: [touchpoint('t9', 's3', 'l1', 'a0')] } },
      {
        type: 'insertRows',
        rows: { stages: [stage('n', 'j1', 'a5'), stage('n', 'j1', 'a6')] },
      },
      // A whole new journey whose last row clashes: nothing of it goes in.
      {
        type: 'insertRows',
        rows: { ...newJourneyRows(), touchpoints: [touchpoint('t1', 'x1', 'y1', 'a0', 'j3')] },
      },
    ]);
    const doc = connectedDoc();
    expectRefused(
      [{ type: 'insertRows', rows: { connections: [connection('c1', 't2', 't3')] } }],
      doc,
    );
  });

  it('refuses dangling references', () => {
    const doc = connectedDoc();
    expectRefused(
      [
        { type: 'insertRows', rows: { journeys: [journey('n', 'a5', { personaId: 'nope' })] } },
        {
          type: 'insertRows',
          rows: { journeys: [journey('n', 'a5', { currentJourneyId: 'nope' })] },
        },
        { type: 'insertRows', rows: { stages: [stage('n', 'nope', 'a5')] } },
        { type: 'insertRows', rows: { lanes: [lane('n', 'nope', 'a5')] } },
        { type: 'insertRows', rows: { touchpoints: [touchpoint('n', 'nope', 'l1', 'a5')] } },
        { type: 'insertRows', rows: { touchpoints: [touchpoint('n', 's1', 'nope', 'a5')] } },
        { type: 'insertRows', rows: { connections: [connection('n', 'nope', 't1')] } },
        { type: 'insertRows', rows: { connections: [connection('n', 't1', 'nope')] } },
        // A new row refers to one left out of the insert.
        {
          type: 'insertRows',
          rows: { ...newJourneyRows(), personas: [] },
        },
        {
          type: 'insertRows',
          rows: { ...newJourneyRows(), stages: [stage('x1', 'j3', 'a0')] },
        },
      ],
      doc,
    );
  });

  it('refuses cards and connections that cross journeys, self-connections and emotion-lane cards', () => {
    const doc = connectedDoc();
    doc.lanes.le = lane('le', 'j1', 'a2', { kind: 'emotion' });
    const bad: [string, Op][] = [
      [
        'Stage and lane must belong',
        { type: 'insertRows', rows: { touchpoints: [touchpoint('n', 's9', 'l1', 'a5')] } },
      ],
      [
        'Stage and lane must belong',
        { type: 'insertRows', rows: { touchpoints: [touchpoint('n', 's1', 'l9', 'a5')] } },
      ],
      [
        'Stage and lane must belong',
        { type: 'insertRows', rows: { touchpoints: [touchpoint('n', 's1', 'l1', 'a5', 'j2')] } },
      ],
      [
        'cards of its own journey',
        { type: 'insertRows', rows: { connections: [connection('n', 't1', 't9')] } },
      ],
      [
        'cards of its own journey',
        { type: 'insertRows', rows: { connections: [connection('n', 't9', 't1', 'j2')] } },
      ],
      [
        'cards of its own journey',
        { type: 'insertRows', rows: { connections: [connection('n', 't1', 't2', 'j2')] } },
      ],
      [
        'two different cards',
        { type: 'insertRows', rows: { connections: [connection('n', 't1', 't1')] } },
      ],
      [
        'This lane holds no cards',
        { type: 'insertRows', rows: { touchpoints: [touchpoint('n', 's1', 'le', 'a5')] } },
      ],
      [
        'cannot improve on itself',
        {
          type: 'insertRows',
          rows: { journeys: [journey('n', 'a5', { state: 'future', currentJourneyId: 'n' })] },
        },
      ],
    ];
    for (const [message, op] of bad) {
      expect(() => applyOp(deepFreeze(doc), op), JSON.stringify(op)).toThrow(message);
    }
    expectRefused(
      bad.map(([, op]) => op),
      doc,
    );
  });
});

describe('deleteRows', () => {
  it('removes a stage and every card in it, in all lanes, with their connections', () => {
    const doc = connectedDoc();
    const r = applyAndCheckInverse({ type: 'deleteRows', ids: { stages: ['s1'] } }, doc);
    expect(r.doc.stages.s1).toBeUndefined();
    expect(ids(r.doc.touchpoints)).toEqual(['t4', 't9']);
    // c1 leaves t1, c2 leaves t2 and c3 ends at t3: all three go.
    expect(r.doc.connections).toEqual({});
    expect(touchedKeys(r)).toEqual([
      'connections:c1',
      'connections:c2',
      'connections:c3',
      'stages:s1',
      'touchpoints:t1',
      'touchpoints:t2',
      'touchpoints:t3',
      'touchpoints:t5',
    ]);
    expect(r.inverse.type).toBe('insertRows');
    const restored = applyOp(r.doc, r.inverse).doc;
    expect(stageOrder(restored)).toEqual(['s1', 's2', 's3']);
    expect(cellOrder(restored, 's1', 'l1')).toEqual(['t1', 't2', 't3']);
  });

  it('inverts to an insertRows of the whole rows, order keys included', () => {
    const r = applyAndCheckInverse({ type: 'deleteRows', ids: { touchpoints: ['t2'] } });
    expect(r.doc.touchpoints.t2).toBeUndefined();
    expect(cellOrder(r.doc, 's1', 'l1')).toEqual(['t1', 't3']);
    expect(r.inverse).toEqual({
      type: 'insertRows',
      rows: { touchpoints: [sampleDoc().touchpoints.t2] },
    });
    expect(touchedKeys(r)).toEqual(['touchpoints:t2']);
  });

  it('deletes an empty stage and touches nothing else', () => {
    const r = applyAndCheckInverse({ type: 'deleteRows', ids: { stages: ['s3'] } }, connectedDoc());
    expect(stageOrder(r.doc)).toEqual(['s1', 's2']);
    expect(touchedKeys(r)).toEqual(['stages:s3']);
    expect(Object.keys(r.doc.touchpoints)).toHaveLength(6);
    expect(Object.keys(r.doc.connections)).toHaveLength(3);
  });

  it('removes a lane with its cards and their connections only', () => {
    const r = applyAndCheckInverse({ type: 'deleteRows', ids: { lanes: ['l2'] } }, connectedDoc());
    expect(laneOrder(r.doc)).toEqual(['l1']);
    expect(ids(r.doc.touchpoints)).toEqual(['t1', 't2', 't3', 't4', 't9']);
    expect(ids(r.doc.connections)).toEqual(['c1', 'c3']);
    expect(touchedKeys(r)).toEqual(['connections:c2', 'lanes:l2', 'touchpoints:t5']);
  });

  it('removes a card with the connections that start or end at it', () => {
    const r = applyAndCheckInverse(
      { type: 'deleteRows', ids: { touchpoints: ['t4'] } },
      connectedDoc(),
    );
    expect(ids(r.doc.connections)).toEqual(['c2']);
    expect(touchedKeys(r)).toEqual(['connections:c1', 'connections:c3', 'touchpoints:t4']);
    expect(r.inverse).toEqual({
      type: 'insertRows',
      rows: {
        touchpoints: [connectedDoc().touchpoints.t4],
        connections: [connectedDoc().connections.c1, connectedDoc().connections.c3],
      },
    });
  });

  it('removes a connection alone', () => {
    const r = applyAndCheckInverse(
      { type: 'deleteRows', ids: { connections: ['c2'] } },
      connectedDoc(),
    );
    expect(ids(r.doc.connections)).toEqual(['c1', 'c3']);
    expect(ids(r.doc.touchpoints)).toEqual(ids(sampleDoc().touchpoints));
    expect(touchedKeys(r)).toEqual(['connections:c2']);
  });

  it('removes a journey with all of its contents and clears the future state’s link to it', () => {
    const doc = connectedDoc();
    const r = applyAndCheckInverse({ type: 'deleteRows', ids: { journeys: ['j1'] } }, doc);
    expect(ids(r.doc.journeys)).toEqual(['j2']);
    expect(ids(r.doc.stages)).toEqual(['s9']);
    expect(ids(r.doc.lanes)).toEqual(['l9']);
    expect(ids(r.doc.touchpoints)).toEqual(['t9']);
    expect(r.doc.connections).toEqual({});
    // j2 improved on j1: the link is cleared, the persona stays.
    expect(r.doc.journeys.j2).toEqual({ ...doc.journeys.j2, currentJourneyId: null });
    expect(r.doc.personas).toEqual(doc.personas);
    expect(touchedKeys(r)).toEqual([
      'connections:c1',
      'connections:c2',
      'connections:c3',
      'journeys:j1',
      'journeys:j2',
      'lanes:l1',
      'lanes:l2',
      'stages:s1',
      'stages:s2',
      'stages:s3',
      'touchpoints:t1',
      'touchpoints:t2',
      'touchpoints:t3',
      'touchpoints:t4',
      'touchpoints:t5',
    ]);
    // The inverse puts the rows back, then the link.
    expect(r.inverse).toEqual({
      type: 'batch',
      ops: [
        {
          type: 'insertRows',
          rows: {
            journeys: [doc.journeys.j1],
            stages: Object.values(doc.stages).filter((s) => s.journeyId === 'j1'),
            lanes: [doc.lanes.l1, doc.lanes.l2],
            touchpoints: Object.values(doc.touchpoints).filter((t) => t.journeyId === 'j1'),
            connections: Object.values(doc.connections),
          },
        },
        { type: 'updateJourney', id: 'j2', patch: { currentJourneyId: 'j1' } },
      ],
    });
  });

  it('removes a journey that links elsewhere without touching the rows it linked to', () => {
    const r = applyAndCheckInverse(
      { type: 'deleteRows', ids: { journeys: ['j2'] } },
      connectedDoc(),
    );
    expect(ids(r.doc.journeys)).toEqual(['j1']);
    expect(ids(r.doc.personas)).toEqual(['p1']);
    expect(touchedKeys(r)).toEqual(['journeys:j2', 'lanes:l9', 'stages:s9', 'touchpoints:t9']);
    expect(r.inverse.type).toBe('insertRows');
  });

  it('removes a persona and clears the journeys’ links to it', () => {
    const doc = sampleDoc();
    doc.journeys.j1 = { ...doc.journeys.j1!, personaId: 'p1' };
    const r = applyAndCheckInverse({ type: 'deleteRows', ids: { personas: ['p1'] } }, doc);
    expect(r.doc.personas).toEqual({});
    expect(r.doc.journeys.j1?.personaId).toBeNull();
    expect(r.doc.journeys.j2).toEqual({ ...doc.journeys.j2, personaId: null });
    expect(touchedKeys(r)).toEqual(['journeys:j1', 'journeys:j2', 'personas:p1']);
    expect(r.inverse).toEqual({
      type: 'batch',
      ops: [
        { type: 'insertRows', rows: { personas: [doc.personas.p1] } },
        { type: 'updateJourney', id: 'j1', patch: { personaId: 'p1' } },
        { type: 'updateJourney', id: 'j2', patch: { personaId: 'p1' } },
      ],
    });
  });

  it('clears both links of a journey in one patch when its persona and current state both go', () => {
    const r = applyAndCheckInverse(
      { type: 'deleteRows', ids: { personas: ['p1'], journeys: ['j1'] } },
      connectedDoc(),
    );
    expect(ids(r.doc.journeys)).toEqual(['j2']);
    expect(r.doc.journeys.j2).toMatchObject({ personaId: null, currentJourneyId: null });
    expect(r.inverse.type === 'batch' && r.inverse.ops.slice(1)).toEqual([
      { type: 'updateJourney', id: 'j2', patch: { personaId: 'p1', currentJourneyId: 'j1' } },
    ]);
  });

  it('deletes every journey, persona and row at once, and restores them all', () => {
    const doc = connectedDoc();
    const r = applyAndCheckInverse(
      { type: 'deleteRows', ids: { journeys: ['j2', 'j1'], personas: ['p1'] } },
      doc,
    );
    for (const table of ENTITY_TABLES) expect(r.doc[table]).toEqual({});
    // Nothing is left to unlink.
    expect(r.inverse.type).toBe('insertRows');
  });

  it('takes overlapping and repeated ids once', () => {
    const r = applyAndCheckInverse(
      {
        type: 'deleteRows',
        ids: { stages: ['s1', 's1'], lanes: ['l1'], touchpoints: ['t1', 't5', 't1'] },
      },
      connectedDoc(),
    );
    expect(ids(r.doc.touchpoints)).toEqual(['t9']);
    expect(r.touched).toHaveLength(new Set(touchedKeys(r)).size);
    expect(r.inverse.type === 'insertRows' && r.inverse.rows.touchpoints).toHaveLength(5);
  });

  it('handles an empty delete', () => {
    const doc = deepFreeze(sampleDoc());
    const r = applyOp(doc, { type: 'deleteRows', ids: {} });
    expect(r.doc).toEqual(doc);
    expect(r.touched).toEqual([]);
  });

  it('refuses missing ids, leaving the input alone', () => {
    expectRefused(
      [
        { type: 'deleteRows', ids: { stages: ['nope'] } },
        { type: 'deleteRows', ids: { touchpoints: ['t1', 'nope'] } },
        { type: 'deleteRows', ids: { personas: ['j1'] } },
        { type: 'deleteRows', ids: { connections: ['t1'] } },
        { type: 'deleteRows', ids: { journeys: ['j1', 'j3'] } },
      ],
      connectedDoc(),
    );
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
      { type: 'deleteRows', ids: { touchpoints: ['t9'] } },
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
      'insertRows',
      'updateTouchpoint',
      'moveTouchpoint',
      'deleteRows',
      'deleteRows',
    ]);
    expect(touchedKeys(r)).toEqual([
      'stages:n',
      'touchpoints:c',
      'touchpoints:t1',
      'touchpoints:t9',
    ]);
  });

  it('flattens a step whose inverse is a batch, so the inverse stays one level deep', () => {
    const op: Op = {
      type: 'batch',
      ops: [
        { type: 'deleteRows', ids: { personas: ['p1'] } },
        { type: 'updateStage', id: 's1', patch: { name: 'First' } },
        { type: 'deleteRows', ids: { journeys: ['j1'] } },
      ],
    };
    const r = applyAndCheckInverse(op);
    expect(opSchema.safeParse(r.inverse).success).toBe(true);
    const steps = r.inverse.type === 'batch' ? r.inverse.ops : [];
    expect(steps.map((o) => o.type)).toEqual([
      'insertRows',
      'updateJourney',
      'updateStage',
      'insertRows',
      'updateJourney',
    ]);
    expect(steps[1]).toEqual({
      type: 'updateJourney',
      id: 'j2',
      patch: { currentJourneyId: 'j1' },
    });
    expect(steps[4]).toEqual({ type: 'updateJourney', id: 'j2', patch: { personaId: 'p1' } });
  });

  it('deletes rows the same batch inserted, and inserts rows it deleted', () => {
    const rows = newJourneyRows();
    const r = applyAndCheckInverse({
      type: 'batch',
      ops: [
        { type: 'insertRows', rows },
        { type: 'deleteRows', ids: { lanes: ['y1'] } },
        { type: 'deleteRows', ids: { touchpoints: ['t1'] } },
        { type: 'insertRows', rows: { touchpoints: [sampleDoc().touchpoints.t1!] } },
      ],
    });
    expect(ids(r.doc.touchpoints)).toEqual(ids(sampleDoc().touchpoints));
    expect(r.doc.connections).toEqual({});
    expect(r.doc.lanes.y2).toBeDefined();
  });

  it('fails as a whole when one op does not fit, leaving the input alone', () => {
    expectRefused([
      {
        type: 'batch',
        ops: [
          { type: 'updateTouchpoint', id: 't1', patch: { title: 'x' } },
          { type: 'addTouchpoint', touchpoint: newCard('n', 'missing', 'l1'), at: { index: 0 } },
        ],
      },
      {
        type: 'batch',
        ops: [
          { type: 'insertRows', rows: newJourneyRows() },
          { type: 'deleteRows', ids: { personas: ['p2'] } },
          { type: 'deleteRows', ids: { personas: ['p2'] } },
        ],
      },
    ]);
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
    expectRefused(
      [
        { type: 'updateTouchpoint', id, patch: { title: 'x' } },
        { type: 'deleteRows', ids: { touchpoints: [id] } },
        { type: 'deleteRows', ids: { stages: [id] } },
        { type: 'deleteRows', ids: { journeys: [id] } },
        { type: 'deleteRows', ids: { personas: [id] } },
        { type: 'deleteRows', ids: { connections: [id] } },
        { type: 'moveTouchpoint', id, stageId: 's1', laneId: 'l1', at: { index: 0 } },
        { type: 'moveTouchpoint', id: 't1', stageId: id, laneId: 'l1', at: { index: 0 } },
        { type: 'moveTouchpoint', id: 't1', stageId: 's1', laneId: id, at: { index: 0 } },
        { type: 'updateStage', id, patch: { name: 'x' } },
        { type: 'updateLane', id, patch: { name: 'x' } },
        { type: 'updatePersona', id, patch: { name: 'x' } },
        { type: 'updateConnection', id, patch: { label: 'x' } },
        { type: 'moveStage', id, at: { index: 0 } },
        { type: 'moveLane', id, at: { index: 0 } },
        { type: 'moveJourney', id, at: { index: 0 } },
        { type: 'updateJourney', id, patch: { name: 'x' } },
        { type: 'updateJourney', id: 'j1', patch: { personaId: id } },
        { type: 'updateJourney', id: 'j1', patch: { currentJourneyId: id } },
        { type: 'addStage', stage: newStage('n', id), at: { index: 0 } },
        { type: 'addLane', lane: newLane('n', id), at: { index: 0 } },
        { type: 'addTouchpoint', touchpoint: newCard('n', id, 'l1'), at: { index: 0 } },
        { type: 'insertRows', rows: { connections: [connection('n', id, 't1')] } },
        { type: 'insertRows', rows: { touchpoints: [touchpoint('n', 's1', 'l1', 'a0', id)] } },
      ],
      connectedDoc(),
    );
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
    const linked = applyAndCheckInverse(
      { type: 'insertRows', rows: { connections: [connection(id, id, 't4')] } },
      updated.doc,
    );
    expect(Object.hasOwn(linked.doc.connections, id)).toBe(true);
    const deleted = applyAndCheckInverse(
      { type: 'deleteRows', ids: { touchpoints: [id] } },
      linked.doc,
    );
    expect(Object.hasOwn(deleted.doc.touchpoints, id)).toBe(false);
    expect(Object.hasOwn(deleted.doc.connections, id)).toBe(false);
    expect(deleted.doc).toEqual(sampleDoc());
  });

  it.each(protoIds)('inserts and deletes a whole journey whose ids are all %s', (id) => {
    const rows: RowSet = {
      personas: [persona(id, 'a5')],
      journeys: [journey(id, 'a5', { personaId: id })],
      stages: [stage(id, id, 'a0')],
      lanes: [lane(id, id, 'a0')],
      touchpoints: [touchpoint(id, id, id, 'a0', id), touchpoint('other', id, id, 'a1', id)],
      connections: [connection(id, id, 'other', id)],
    };
    const r = applyAndCheckInverse({ type: 'insertRows', rows });
    for (const table of ['personas', 'journeys', 'stages', 'lanes', 'connections'] as const) {
      expect(Object.hasOwn(r.doc[table], id)).toBe(true);
      expect(Object.getPrototypeOf(r.doc[table])).toBe(Object.prototype);
    }
    const gone = applyAndCheckInverse({ type: 'deleteRows', ids: { personas: [id] } }, r.doc);
    expect(gone.doc.journeys[id]?.personaId).toBeNull();
  });
});

describe('purity', () => {
  const everyOp: Op[] = [
    { type: 'updateProject', patch: { name: 'P' } },
    { type: 'updateJourney', id: 'j1', patch: { name: 'J', personaId: 'p1' } },
    { type: 'updatePersona', id: 'p1', patch: { goals: 'More' } },
    { type: 'updateStage', id: 's1', patch: { color: '#000000' } },
    { type: 'updateLane', id: 'l1', patch: { collapsed: true } },
    { type: 'updateTouchpoint', id: 't1', patch: { effort: 5, tags: ['x'] } },
    { type: 'updateConnection', id: 'c1', patch: { kind: 'failure' } },
    { type: 'moveJourney', id: 'j1', at: { index: 1 } },
    { type: 'moveStage', id: 's1', at: { index: 2 } },
    { type: 'moveLane', id: 'l1', at: { index: 1 } },
    { type: 'moveTouchpoint', id: 't1', stageId: 's2', laneId: 'l2', at: { index: 0 } },
    { type: 'addStage', stage: newStage('n'), at: { index: 1 } },
    { type: 'addLane', lane: newLane('n'), at: { index: 1 } },
    { type: 'addTouchpoint', touchpoint: newCard('n', 's2', 'l1'), at: { index: 0 } },
    { type: 'insertRows', rows: newJourneyRows() },
    { type: 'deleteRows', ids: { stages: ['s1'] } },
    { type: 'deleteRows', ids: { journeys: ['j1'], personas: ['p1'] } },
    {
      type: 'batch',
      ops: [
        { type: 'deleteRows', ids: { stages: ['s2'] } },
        { type: 'moveTouchpoint', id: 't1', stageId: 's3', laneId: 'l1', at: { index: 0 } },
        { type: 'insertRows', rows: newJourneyRows() },
        { type: 'updateTouchpoint', id: 'z1', patch: { title: 'Mine' } },
        { type: 'deleteRows', ids: { personas: ['p1'] } },
      ],
    },
  ];

  it.each(everyOp.map((op) => [op.type, op] as const))(
    '%s never mutates its input doc or op',
    (_type, op) => {
      expect(opSchema.safeParse(op).success).toBe(true);
      const doc = deepFreeze(connectedDoc());
      const frozenOp = deepFreeze(structuredClone(op));
      // Frozen objects make any write throw in strict mode (ES modules are strict).
      const r = applyOp(doc, frozenOp);
      expect(doc).toEqual(connectedDoc());
      expect(frozenOp).toEqual(op);
      expect(r.doc).not.toBe(doc);
    },
  );
});
