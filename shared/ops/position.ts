import { generateKeyBetween } from 'fractional-indexing';
import type { Position } from './schema';

/** The order key for an item placed at `at` among `siblings` (sorted, the item itself excluded). */
export function resolveOrderKey(siblings: readonly { orderKey: string }[], at: Position): string {
  if ('orderKey' in at) return at.orderKey;
  const index = Math.min(at.index, siblings.length);
  const before = siblings[index - 1]?.orderKey ?? null;
  let after = siblings[index]?.orderKey ?? null;
  // Equal neighbours can only come from restored keys; placing after the first one is enough.
  if (before !== null && after !== null && before >= after) after = null;
  return generateKeyBetween(before, after);
}

/** Where an item currently sits among its sorted siblings (including itself). */
export function indexIn(sorted: readonly { id: string }[], id: string): number {
  return sorted.findIndex((s) => s.id === id);
}
