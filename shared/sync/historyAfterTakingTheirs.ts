import type { History, HistoryEntry } from '../ops/history';
import type { Op, SingleOp } from '../ops/schema';
import type { FieldKey } from './footprint';
import { stripFields } from './rebase';

/**
 * "Take theirs" gives up this window's writes to the conflicting fields, so its undo history
 * must not write them either: undoing the dropped edit would put back the value from before
 * both windows' edits, over the one the person just chose to keep. Each step keeps its writes
 * to every other field; an update left with no field, forward or back, leaves the history.
 */
export function historyAfterTakingTheirs(
  history: History,
  conflictKeys: ReadonlySet<FieldKey>,
): History {
  const without = (entries: readonly HistoryEntry[]): HistoryEntry[] =>
    entries.flatMap((entry) => {
      const forward = opWithout(entry.forward, conflictKeys);
      const inverse = opWithout(entry.inverse, conflictKeys);
      return forward && inverse ? [{ ...entry, forward, inverse }] : [];
    });
  return { undo: without(history.undo), redo: without(history.redo) };
}

/** The op without its patches of `keys`; null when nothing is left of it. */
function opWithout(op: Op, keys: ReadonlySet<FieldKey>): Op | null {
  if (op.type !== 'batch') return stepWithout(op, keys);
  const ops = op.ops.flatMap((step) => {
    const kept = stepWithout(step, keys);
    return kept ? [kept] : [];
  });
  const only = ops[0];
  if (!only) return null;
  return ops.length === 1 ? only : { type: 'batch', ops };
}

/** Ops that are not field patches (adds, deletes, moves) stay whole. */
function stepWithout(op: SingleOp, keys: ReadonlySet<FieldKey>): SingleOp | null {
  if (!('patch' in op)) return op;
  return stripFields(op, keys);
}
