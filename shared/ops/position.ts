import { generateNKeysBetween } from 'fractional-indexing';
import type { Position } from './schema';

/**
 * Keys for `count` items placed together, in order, at `index` among `siblings` (sorted, the
 * items themselves excluded).
 */
export function orderKeysAt(
  siblings: readonly { orderKey: string }[],
  index: number,
  count: number,
): string[] {
  const at = Math.min(index, siblings.length);
  const before = siblings[at - 1]?.orderKey ?? null;
  let after = siblings[at]?.orderKey ?? null;
  // Equal neighbours can only come from keys restored out of order. No key fits between them,
  // so the items go after the first of them: their index may then come out larger than asked.
  if (before !== null && after !== null && before >= after) after = null;
  return generateNKeysBetween(before, after, count);
}

/** The order key for an item placed at `at` among `siblings` (sorted, the item itself excluded). */
export function resolveOrderKey(siblings: readonly { orderKey: string }[], at: Position): string {
  if ('orderKey' in at) return at.orderKey;
  return orderKeysAt(siblings, at.index, 1)[0] as string;
}

/**
 * The index to pass to a move op (which counts siblings without the item itself) to shift an
 * item `delta` places; null at either end or when the item is not in the list.
 */
export function shiftedIndex(ids: readonly string[], id: string, delta: number): number | null {
  const at = ids.indexOf(id);
  if (at < 0) return null;
  const next = at + delta;
  return next < 0 || next >= ids.length ? null : next;
}
