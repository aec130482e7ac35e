import { getEntity } from '../model/doc';
import type { EntityTable, ProjectDoc } from '../model/types';
import { applyOp, UPDATED_TABLE } from '../ops/applyOp';
import type { Op, SingleOp } from '../ops/schema';
import {
  applyWithKeys,
  changedKeys,
  type FieldKey,
  meets,
  parseFieldKey,
  rowKey,
  WHOLE_ROW,
} from './footprint';
import { labelOf, type ShownBeforeDelete, shownBeforeDelete } from './keepDeleted';

/**
 * Rebasing a window's unsaved edits onto changes another window saved first: the other
 * window's ops are applied to the copy both started from, then this window's pending ops are
 * replayed on top (as the backend will apply them when they are sent). Where both changed the
 * same field of the same row, or one deleted a row the other edited, that is a conflict for
 * the person to settle; nothing is dropped silently.
 */
export interface SyncConflict {
  key: FieldKey;
  table: string;
  id: string;
  /** A field name, or '*' when the row itself was deleted by the other window. */
  field: string;
  /** What the row is called (its title or name), for the notice. */
  label: string;
  /** The saved value now (from the other window); undefined when the row was deleted. */
  theirs: unknown;
  /** This window's value; undefined when this window deleted the row. */
  mine: unknown;
  /** Set when the other window deleted the row: it as shown here, for "Keep mine" to put back. */
  restore?: ShownBeforeDelete;
}

export interface Rebased {
  /** The saved project with the other window's changes. */
  base: ProjectDoc;
  /** `base` with the pending ops that still fit: what this window shows. */
  doc: ProjectDoc;
  /** The pending ops that still fit, in order, each the same object as given. */
  pending: Op[];
  /** Pending ops that no longer fit (what they change is gone); the notice lists them. */
  unfit: Op[];
  /** Fields both windows changed; this window's ops for them are still pending (shown). */
  conflicts: SyncConflict[];
}

function rowOf(doc: ProjectDoc, table: string, id: string): Record<string, unknown> | undefined {
  if (table === 'info') return doc.info;
  return getEntity(doc, table as EntityTable, id) as Record<string, unknown> | undefined;
}

/** The pending ops replayed on `base` in order; those that no longer fit are set apart. */
export function replay(base: ProjectDoc, pending: readonly Op[]) {
  let doc = base;
  const kept: Op[] = [];
  const unfit: Op[] = [];
  for (const op of pending) {
    try {
      doc = applyOp(doc, op).doc;
      kept.push(op);
    } catch {
      unfit.push(op);
    }
  }
  return { doc, kept, unfit };
}

/** The keys each pending op wrote, applied in turn from where they were made. */
function pendingKeys(from: ProjectDoc, pending: readonly Op[]): Set<FieldKey> {
  const keys = new Set<FieldKey>();
  let doc = from;
  for (const op of pending) {
    try {
      const result = applyOp(doc, op);
      for (const key of changedKeys(doc, result.doc, result.touched)) keys.add(key);
      doc = result.doc;
    } catch {
      // An op that does not fit here changed nothing here.
    }
  }
  return keys;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies `remote` (saved by another window on top of `oldBase`) and replays `pending` (this
 * window's unsaved ops, made on `oldBase`) on the result.
 */
export function rebase(
  oldBase: ProjectDoc,
  remote: readonly Op[],
  pending: readonly Op[],
): Rebased {
  const theirs = applyWithKeys(oldBase, remote);
  const mine = pendingKeys(oldBase, pending);
  const { doc, kept, unfit } = replay(theirs.doc, pending);
  const conflicts: SyncConflict[] = [];
  // What this window had before the rebase: mine, also where the row is gone from `doc`.
  const before = replay(oldBase, pending).doc;
  const restores = new Map<string, ShownBeforeDelete>();
  const restoreOf = (table: EntityTable, id: string) => {
    const key = rowKey(table, id);
    if (!restores.has(key)) restores.set(key, shownBeforeDelete(before, theirs.doc, table, id));
    return restores.get(key);
  };
  for (const key of mine) {
    const { table, id, field } = parseFieldKey(key);
    // A row made here that the other window's change left without a place (its stage deleted).
    const lostHere =
      field === WHOLE_ROW &&
      table !== 'info' &&
      !rowOf(oldBase, table, id) &&
      !rowOf(doc, table, id) &&
      rowOf(before, table, id) !== undefined;
    if (!lostHere && !meets(key, theirs.keys)) continue;
    const saved = rowOf(theirs.doc, table, id);
    const shown = rowOf(doc, table, id) ?? rowOf(before, table, id);
    const conflict = {
      key,
      table,
      id,
      field,
      // A row deleted there is named as both windows knew it; otherwise as this one shows it.
      label: labelOf(saved ? (shown ?? saved) : (rowOf(oldBase, table, id) ?? shown), id),
      theirs: field === WHOLE_ROW ? saved : saved?.[field],
      mine: field === WHOLE_ROW ? shown : shown?.[field],
    };
    // Both deleted the row, or both typed the same thing: nothing to settle.
    if (!saved && !shown) continue;
    if (saved && shown && field !== WHOLE_ROW && same(conflict.theirs, conflict.mine)) continue;
    const deletedThere = !saved && shown && table !== 'info';
    conflicts.push(
      deletedThere ? { ...conflict, restore: restoreOf(table as EntityTable, id) } : conflict,
    );
  }
  return { base: theirs.doc, doc, pending: kept, unfit, conflicts };
}

const UPDATE_TABLES: Partial<Record<SingleOp['type'], EntityTable | 'info'>> = {
  updateProject: 'info',
  ...UPDATED_TABLE,
};

/** An update op without the fields in `keys`; null when nothing is left of it. */
export function stripFields(op: SingleOp, keys: ReadonlySet<FieldKey>): SingleOp | null {
  const table = UPDATE_TABLES[op.type];
  if (!table || !('patch' in op)) return null;
  const id = 'id' in op ? op.id : '';
  const patch = Object.fromEntries(
    Object.entries(op.patch).filter(([field]) => !meets(`${table}:${id}:${field}`, keys)),
  );
  return Object.keys(patch).length > 0 ? ({ ...op, patch } as SingleOp) : null;
}

/**
 * "Take theirs": the pending ops without what they wrote to the conflicting fields. An update
 * keeps its other fields; any other op that wrote a conflicting field is left out whole.
 */
export function withoutConflicts(
  base: ProjectDoc,
  pending: readonly Op[],
  conflictKeys: ReadonlySet<FieldKey>,
): Rebased {
  let doc = base;
  const kept: Op[] = [];
  const unfit: Op[] = [];
  const keep = (op: Op): void => {
    try {
      const result = applyOp(doc, op);
      const keys = changedKeys(doc, result.doc, result.touched);
      if (!keys.some((key) => meets(key, conflictKeys))) {
        doc = result.doc;
        kept.push(op);
        return;
      }
    } catch {
      unfit.push(op);
      return;
    }
    // A batch is split: its steps that wrote no conflicting field stay.
    if (op.type === 'batch') {
      for (const step of op.ops) keep(step);
      return;
    }
    const stripped = stripFields(op, conflictKeys);
    if (stripped) keepIfFits(stripped);
  };
  const keepIfFits = (op: Op): void => {
    try {
      doc = applyOp(doc, op).doc;
      kept.push(op);
    } catch {
      unfit.push(op);
    }
  };
  for (const op of pending) keep(op);
  return { base, doc, pending: kept, unfit, conflicts: [] };
}
