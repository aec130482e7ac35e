import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  MERGE_WINDOW_MS,
  record,
  takeRedo,
  takeUndo,
  type HistoryEntry,
} from './history';
import type { Op } from './schema';

const title = (id: string, value: string): Op => ({
  type: 'updateTouchpoint',
  id,
  patch: { title: value },
});

function typed(id: string, before: string, after: string, at: number): HistoryEntry {
  return { forward: title(id, after), inverse: title(id, before), mergeKey: `title:${id}`, at };
}

describe('undo history', () => {
  it('folds a typing burst into one step holding one patch each way', () => {
    let h = emptyHistory();
    h = record(h, typed('t', '', 'H', 0));
    h = record(h, typed('t', 'H', 'Hi', 100));
    h = record(h, typed('t', 'Hi', 'Hi!', 200));
    expect(h.undo).toHaveLength(1);
    expect(h.undo[0]?.forward).toEqual(title('t', 'Hi!'));
    expect(h.undo[0]?.inverse).toEqual(title('t', ''));
  });

  it('starts a new step after a pause, or for another field or card', () => {
    let h = emptyHistory();
    h = record(h, typed('t', '', 'a', 0));
    h = record(h, typed('t', 'a', 'ab', MERGE_WINDOW_MS + 1));
    h = record(h, typed('u', '', 'x', MERGE_WINDOW_MS + 2));
    h = record(h, { forward: title('u', 'y'), inverse: title('u', 'x'), at: MERGE_WINDOW_MS + 3 });
    expect(h.undo).toHaveLength(4);
  });

  it('keeps patches of different things apart when a merge key is shared', () => {
    let h = emptyHistory();
    const emotion: Op = { type: 'updateTouchpoint', id: 't', patch: { emotion: 1 } };
    const back: Op = { type: 'updateTouchpoint', id: 't', patch: { emotion: 0 } };
    const stage: Op = { type: 'updateStage', id: 's', patch: { name: 'B' } };
    const stageBack: Op = { type: 'updateStage', id: 's', patch: { name: 'A' } };
    h = record(h, { forward: emotion, inverse: back, mergeKey: 'k', at: 0 });
    h = record(h, { forward: stage, inverse: stageBack, mergeKey: 'k', at: 10 });
    expect(h.undo).toHaveLength(1);
    expect(h.undo[0]?.forward).toEqual({ type: 'batch', ops: [emotion, stage] });
    expect(h.undo[0]?.inverse).toEqual({ type: 'batch', ops: [stageBack, back] });
  });

  it('moves steps between undo and redo, and a new edit clears redo', () => {
    let h = record(emptyHistory(), typed('t', '', 'a', 0));
    h = record(h, typed('u', '', 'b', 5000));
    const undone = takeUndo(h);
    expect(undone?.entry.forward).toEqual(title('u', 'b'));
    h = undone!.history;
    expect(h.redo).toHaveLength(1);
    const redone = takeRedo(h);
    expect(redone?.history.undo).toHaveLength(2);
    h = record(h, typed('v', '', 'c', 9000));
    expect(h.redo).toEqual([]);
    expect(takeRedo(h)).toBeUndefined();
    expect(takeUndo(emptyHistory())).toBeUndefined();
  });
});
