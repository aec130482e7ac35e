import { describe, expect, it } from 'vitest';
import { connectedDoc, deepFreeze, sampleDoc } from '../../test/unit/fixtures';
import { makeTouchpoint } from '../model/factories';
import { applyOp } from '../ops/applyOp';
import type { Op, SingleOp } from '../ops/schema';
import { applyWithKeys, meets } from './footprint';
import { historyAfterTakingTheirs } from './historyAfterTakingTheirs';
import { rebase, withoutConflicts } from './rebase';

const title = (id: string, value: string): SingleOp => ({
  type: 'updateTouchpoint',
  id,
  patch: { title: value },
});
const emotion = (id: string, value: -2 | -1 | 0 | 1 | 2): SingleOp => ({
  type: 'updateTouchpoint',
  id,
  patch: { emotion: value },
});
const addCard = (id: string, stageId = 's1'): Op => ({
  type: 'addTouchpoint',
  touchpoint: makeTouchpoint({ id, journeyId: 'j1', stageId, laneId: 'l1', title: id }),
  at: { index: 0 },
});
const apply = (doc = sampleDoc(), ...ops: Op[]) => ops.reduce((d, op) => applyOp(d, op).doc, doc);

describe('footprints', () => {
  it('name each changed field, and a made or deleted row as a whole', () => {
    const doc = deepFreeze(connectedDoc());
    expect([...applyWithKeys(doc, [emotion('t1', 1), title('t2', 'X')]).keys].sort()).toEqual([
      'touchpoints:t1:emotion',
      'touchpoints:t2:title',
    ]);
    // Deleting a card takes its connections with it: each of those rows is whole.
    const deleted = applyWithKeys(doc, [{ type: 'deleteRows', ids: { touchpoints: ['t4'] } }]);
    expect([...deleted.keys].sort()).toEqual([
      'connections:c1:*',
      'connections:c3:*',
      'touchpoints:t4:*',
    ]);
    expect([...applyWithKeys(doc, [{ type: 'updateProject', patch: { name: 'N' } }]).keys]).toEqual(
      ['info::name'],
    );
  });

  it('meet on the same field or on a whole row, never on another field', () => {
    const keys = new Set(['touchpoints:t1:title', 'touchpoints:t2:*']);
    expect(meets('touchpoints:t1:title', keys)).toBe(true);
    expect(meets('touchpoints:t1:emotion', keys)).toBe(false);
    expect(meets('touchpoints:t2:emotion', keys)).toBe(true);
    expect(meets('touchpoints:t1:*', keys)).toBe(true);
    expect(meets('touchpoints:t3:*', keys)).toBe(false);
    // t1 is not t10: rows are matched whole, not by prefix.
    expect(meets('touchpoints:t10:title', keys)).toBe(false);
  });
});

describe('rebase', () => {
  it('applies the missed changes, then the pending ops, when they touch other fields', () => {
    const base = deepFreeze(sampleDoc());
    const pending = [title('t1', 'Mine'), addCard('n1')];
    const result = rebase(base, [emotion('t1', 2), title('t3', 'Theirs')], pending);
    expect(result.conflicts).toEqual([]);
    expect(result.unfit).toEqual([]);
    expect(result.pending).toEqual(pending);
    expect(result.pending[0]).toBe(pending[0]);
    expect(result.base.touchpoints.t1).toMatchObject({ title: 'Card t1', emotion: 2 });
    expect(result.doc.touchpoints.t1).toMatchObject({ title: 'Mine', emotion: 2 });
    expect(result.doc.touchpoints.t3?.title).toBe('Theirs');
    expect(result.doc.touchpoints.n1?.title).toBe('n1');
    // The same as the backend gets: their ops first, then ours, on the shared base.
    expect(result.doc).toEqual(
      apply(sampleDoc(), emotion('t1', 2), title('t3', 'Theirs'), ...pending),
    );
  });

  it('reports the same field changed on both sides, and shows mine until it is settled', () => {
    const result = rebase(
      sampleDoc(),
      [title('t1', 'Theirs')],
      [title('t1', 'Mi'), title('t1', 'Mine'), emotion('t1', 1)],
    );
    expect(result.conflicts).toEqual([
      {
        key: 'touchpoints:t1:title',
        table: 'touchpoints',
        id: 't1',
        field: 'title',
        label: 'Mine',
        theirs: 'Theirs',
        mine: 'Mine',
      },
    ]);
    expect(result.pending).toHaveLength(3);
    expect(result.doc.touchpoints.t1).toMatchObject({ title: 'Mine', emotion: 1 });
    expect(result.base.touchpoints.t1?.title).toBe('Theirs');
  });

  it('is no conflict when both typed the same', () => {
    const result = rebase(sampleDoc(), [title('t1', 'Same')], [title('t1', 'Same')]);
    expect(result.conflicts).toEqual([]);
  });

  it('reports an edit to a card the other window deleted, and keeps the op out of the doc', () => {
    const result = rebase(
      sampleDoc(),
      [{ type: 'deleteRows', ids: { touchpoints: ['t2'] } }],
      [title('t2', 'Mine'), title('t1', 'Other')],
    );
    expect(result.conflicts).toMatchObject([
      { key: 'touchpoints:t2:title', field: 'title', theirs: undefined, label: 'Card t2' },
    ]);
    expect(result.unfit).toEqual([title('t2', 'Mine')]);
    expect(result.pending).toEqual([title('t1', 'Other')]);
    expect(result.doc.touchpoints.t2).toBeUndefined();
  });

  it('sets apart a pending op that no longer fits, such as a card added to a deleted stage', () => {
    const result = rebase(
      sampleDoc(),
      [{ type: 'deleteRows', ids: { stages: ['s2'] } }],
      [addCard('n1', 's2')],
    );
    expect(result.unfit).toHaveLength(1);
    expect(result.doc.touchpoints.n1).toBeUndefined();
  });
});

describe('take theirs', () => {
  it('drops only what was written to the conflicting fields', () => {
    const remote = [title('t1', 'Theirs')];
    const pending: Op[] = [
      { type: 'updateTouchpoint', id: 't1', patch: { title: 'Mine', emotion: 1 } },
      addCard('n1'),
      { type: 'batch', ops: [title('t1', 'Mine again'), title('t2', 'Kept')] },
    ];
    const rebased = rebase(sampleDoc(), remote, pending);
    const keys = new Set(rebased.conflicts.map((c) => c.key));
    const taken = withoutConflicts(rebased.base, rebased.pending, keys);
    expect(taken.doc.touchpoints.t1).toMatchObject({ title: 'Theirs', emotion: 1 });
    expect(taken.doc.touchpoints.t2?.title).toBe('Kept');
    expect(taken.doc.touchpoints.n1).toBeDefined();
    expect(taken.pending).toEqual([
      { type: 'updateTouchpoint', id: 't1', patch: { emotion: 1 } },
      addCard('n1'),
      title('t2', 'Kept'),
    ]);
  });
});

describe('undo after taking theirs', () => {
  const entry = (forward: Op, inverse: Op) => ({ forward, inverse, at: 0 });

  it('no longer writes the fields given up, and keeps every other write', () => {
    const keys = new Set(['touchpoints:t1:title']);
    const history = {
      undo: [
        entry(title('t2', 'Other card'), title('t2', 'Before')),
        entry(
          { type: 'updateTouchpoint', id: 't1', patch: { title: 'Mine', emotion: 1 } },
          { type: 'updateTouchpoint', id: 't1', patch: { title: 'Old', emotion: 0 } },
        ),
        entry(title('t1', 'Mine again'), title('t1', 'Mine')),
        entry(
          { type: 'batch', ops: [title('t1', 'In a batch'), addCard('n1') as SingleOp] },
          { type: 'batch', ops: [{ type: 'deleteRows', ids: { touchpoints: ['n1'] } }] },
        ),
      ],
      redo: [entry(title('t1', 'Redone'), title('t1', 'Mine again'))],
    };
    const after = historyAfterTakingTheirs(history, keys);
    expect(after.undo).toEqual([
      entry(title('t2', 'Other card'), title('t2', 'Before')),
      entry(
        { type: 'updateTouchpoint', id: 't1', patch: { emotion: 1 } },
        { type: 'updateTouchpoint', id: 't1', patch: { emotion: 0 } },
      ),
      entry(addCard('n1'), { type: 'deleteRows', ids: { touchpoints: ['n1'] } }),
    ]);
    expect(after.redo).toEqual([]);
  });

  it('leaves a card deleted by the other window out of every patch of it', () => {
    const after = historyAfterTakingTheirs(
      { undo: [entry(title('t1', 'Mine'), title('t1', 'Old'))], redo: [] },
      new Set(['touchpoints:t1:*']),
    );
    expect(after.undo).toEqual([]);
  });
});
