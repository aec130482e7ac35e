import type { Op, SingleOp } from './schema';

/** One undo step: what was done and how to take it back. */
export interface HistoryEntry {
  forward: Op;
  inverse: Op;
  /** Edits with the same key close together in time fold into one step (a typing burst). */
  mergeKey?: string;
  at: number;
}

export interface History {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export const MERGE_WINDOW_MS = 1000;
export const HISTORY_LIMIT = 500;

export const emptyHistory = (): History => ({ undo: [], redo: [] });

function flatten(op: Op): SingleOp[] {
  return op.type === 'batch' ? op.ops : [op];
}

const PATCH_TYPES = new Set([
  'updateProject',
  'updateJourney',
  'updatePersona',
  'updateStage',
  'updateLane',
  'updateTouchpoint',
  'updateConnection',
]);

/** Two patches of the same thing in a row are one patch: a typing burst stays one small op. */
function fold(a: SingleOp, b: SingleOp): SingleOp | null {
  if (a.type !== b.type || !PATCH_TYPES.has(a.type)) return null;
  if ('id' in a && 'id' in b && a.id !== b.id) return null;
  // Same type and same target, so the patches have the same shape.
  return {
    ...a,
    patch: { ...(a as { patch: object }).patch, ...(b as { patch: object }).patch },
  } as SingleOp;
}

function sequence(first: Op, then: Op): Op {
  const ops: SingleOp[] = [];
  for (const op of [...flatten(first), ...flatten(then)]) {
    const last = ops.at(-1);
    const folded = last && fold(last, op);
    if (folded) ops[ops.length - 1] = folded;
    else ops.push(op);
  }
  const only = ops[0];
  return ops.length === 1 && only ? only : { type: 'batch', ops };
}

/** Records a new edit: clears redo, and folds into the last step when it continues it. */
export function record(history: History, entry: HistoryEntry): History {
  const last = history.undo.at(-1);
  if (
    last &&
    entry.mergeKey &&
    last.mergeKey === entry.mergeKey &&
    entry.at - last.at < MERGE_WINDOW_MS
  ) {
    const merged: HistoryEntry = {
      forward: sequence(last.forward, entry.forward),
      inverse: sequence(entry.inverse, last.inverse),
      mergeKey: entry.mergeKey,
      at: entry.at,
    };
    return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
  }
  return { undo: [...history.undo, entry].slice(-HISTORY_LIMIT), redo: [] };
}

/** The step to undo, and the history after it; undefined when there is nothing to undo. */
export function takeUndo(history: History): { entry: HistoryEntry; history: History } | undefined {
  const entry = history.undo.at(-1);
  if (!entry) return undefined;
  return { entry, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] } };
}

export function takeRedo(history: History): { entry: HistoryEntry; history: History } | undefined {
  const entry = history.redo.at(-1);
  if (!entry) return undefined;
  return { entry, history: { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) } };
}
