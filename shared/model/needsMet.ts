import { NEEDS_MET_LEVELS, type NeedsMet, needsMetSchema } from './cxLayerFields';

/**
 * How a touchpoint's need-met rating is shown and read back, decided once for the card, the
 * inspector, the table, CSV and the exports: a symbol and a word, never colour alone.
 */

export const NEEDS_NOT_RATED = 'Not rated';

/** Worst to best, as pickers and sorting show them (the emotion scale runs the same way). */
export const NEEDS_MET_ORDER: readonly NeedsMet[] = ['notMet', 'partly', 'met'];

/** The mark on a card: a tick, a half and a cross read apart without colour. */
export const NEEDS_MET_MARKS: Readonly<Record<NeedsMet, string>> = {
  met: '✓',
  partly: '◐',
  notMet: '✕',
};

export const isNeedsMet = (value: unknown): value is NeedsMet =>
  needsMetSchema.safeParse(value).success;

/** "Met", "Partly met", "Not met", or "Not rated". */
export function needsMetWord(value: NeedsMet | null): string {
  if (value === null) return NEEDS_NOT_RATED;
  return NEEDS_MET_LEVELS.find((l) => l.value === value)!.word;
}

/** "Need met", "Need partly met", "Need not met": the card's short phrase. */
export function needsMetPhrase(value: NeedsMet | null): string {
  if (value === null) return 'Need not rated';
  return `Need ${needsMetWord(value).toLowerCase()}`;
}

/**
 * A typed or imported cell: the words the app shows ("Met", "Partly met", "Not met"), yes /
 * partly / no, and a 1–5 answer (4–5 met, 3 partly, 1–2 not met, as a survey scale reads).
 * Empty is not rated; anything else is undefined (refused by the caller with a message).
 */
export function readNeedsMet(raw: string): NeedsMet | null | undefined {
  const t = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '' || t === 'not rated') return null;
  if (['met', 'yes', 'y', 'need met', '4', '5'].includes(t)) return 'met';
  if (['partly', 'partly met', 'partial', 'partially', 'need partly met', '3'].includes(t)) {
    return 'partly';
  }
  if (['not met', 'notmet', 'no', 'n', 'need not met', '1', '2'].includes(t)) return 'notMet';
  return undefined;
}
