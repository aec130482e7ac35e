import { getEntity } from '../model/doc';
import type { EntityTable, ProjectDoc } from '../model/types';
import { applyOp, type Touched } from '../ops/applyOp';
import type { Op } from '../ops/schema';

/**
 * What an edit wrote, field by field: `table:id:field` for a changed field of a row that exists
 * before and after, `table:id:*` for a row made or deleted. The project's own fields are
 * `info::field`. Two edits conflict when their footprints meet (see `overlaps`).
 */
export type FieldKey = string;

/** The whole row: a row made or deleted meets every field of it. */
export const WHOLE_ROW = '*';

export function fieldKey(table: EntityTable | 'info', id: string, field: string): FieldKey {
  return `${table}:${id}:${field}`;
}

/** A whole row's key (`table:id:*`): the key a row made or deleted has, and what names a row. */
export const rowKey = (table: EntityTable | 'info', id: string): FieldKey =>
  fieldKey(table, id, WHOLE_ROW);

/** The parts of a key; a row's id never holds a colon, a field name never does either. */
export function parseFieldKey(key: FieldKey): { table: string; id: string; field: string } {
  const [table = '', id = '', field = ''] = key.split(':');
  return { table, id, field };
}

const rowOf = (key: FieldKey) => key.slice(0, key.lastIndexOf(':'));

function rowBefore(doc: ProjectDoc, t: Touched): Record<string, unknown> | undefined {
  return t.table === 'info'
    ? doc.info
    : (getEntity(doc, t.table, t.id) as Record<string, unknown> | undefined);
}

/** The fields an applied edit changed, from its touched rows before and after. */
export function changedKeys(before: ProjectDoc, after: ProjectDoc, touched: Touched[]): FieldKey[] {
  const keys: FieldKey[] = [];
  for (const t of touched) {
    const id = 'id' in t ? t.id : '';
    const a = rowBefore(before, t);
    const b = rowBefore(after, t);
    if (!a || !b) {
      keys.push(fieldKey(t.table, id, WHOLE_ROW));
      continue;
    }
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) {
        keys.push(fieldKey(t.table, id, field));
      }
    }
  }
  return keys;
}

/** Applies ops in turn; throws (OpError) when one does not fit, like applyOp. */
export function applyWithKeys(doc: ProjectDoc, ops: readonly Op[]) {
  let current = doc;
  const keys = new Set<FieldKey>();
  for (const op of ops) {
    const result = applyOp(current, op);
    for (const key of changedKeys(current, result.doc, result.touched)) keys.add(key);
    current = result.doc;
  }
  return { doc: current, keys };
}

/** Whether a key meets any of `others`: the same field, or a whole-row key of its row. */
export function meets(key: FieldKey, others: ReadonlySet<FieldKey>): boolean {
  if (others.has(key)) return true;
  const row = rowOf(key);
  if (others.has(`${row}:${WHOLE_ROW}`)) return true;
  if (key.endsWith(`:${WHOLE_ROW}`)) {
    for (const other of others) if (rowOf(other) === row) return true;
  }
  return false;
}
