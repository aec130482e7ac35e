import type { LaneKind } from './types';

/** What one card of a lane is called: the inspector's heading for it. */
export const CARD_KIND_LABELS: Record<LaneKind, string> = {
  touchpoints: 'Touchpoint',
  actions: 'Customer action',
  thoughts: 'Thought or feeling',
  emotion: 'Emotion',
  painPoints: 'Pain point',
  opportunities: 'Opportunity',
  frontstage: 'Frontstage action',
  backstage: 'Backstage action',
  support: 'Support process',
  text: 'Note',
};

/** The emotion curve lane draws the touchpoints' emotions and holds no cards of its own. */
export function holdsCards(kind: LaneKind): boolean {
  return kind !== 'emotion';
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
