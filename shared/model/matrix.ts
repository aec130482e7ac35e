import type { BacklogRow } from './backlog';

/**
 * The prioritisation matrix: value (1..5, up) against effort to build (1..5, right), split at 3:
 * a value or effort of 3 or more is high. Each quadrant is named once here.
 */
export const MATRIX_SPLIT = 3;

export const QUADRANTS = {
  quickWins: 'Quick wins',
  bigBets: 'Big bets',
  fillIns: 'Fill-ins',
  moneyPits: 'Money pits',
} as const;

export type Quadrant = keyof typeof QUADRANTS;

export function quadrantOf(value: number, effort: number): Quadrant {
  const high = value >= MATRIX_SPLIT;
  const hard = effort >= MATRIX_SPLIT;
  return high ? (hard ? 'bigBets' : 'quickWins') : hard ? 'moneyPits' : 'fillIns';
}

/** A scored opportunity's dot: its cell, and where in the cell when several share it. */
export interface MatrixDot {
  row: BacklogRow;
  value: number;
  effort: number;
  quadrant: Quadrant;
  /** 0-based place among the dots of its cell, and how many share it. */
  slot: number;
  of: number;
}

/** Dots for the scored rows, and the rows not scored yet (no value or no effort). */
export function matrixDots(rows: readonly BacklogRow[]): {
  dots: MatrixDot[];
  unscored: BacklogRow[];
} {
  const scored = rows.filter((r) => r.value !== null && r.effort !== null);
  const count = new Map<string, number>();
  for (const r of scored)
    count.set(`${r.value}/${r.effort}`, (count.get(`${r.value}/${r.effort}`) ?? 0) + 1);
  const seen = new Map<string, number>();
  const dots = scored.map((row) => {
    const value = row.value as number;
    const effort = row.effort as number;
    const key = `${value}/${effort}`;
    const slot = seen.get(key) ?? 0;
    seen.set(key, slot + 1);
    return {
      row,
      value,
      effort,
      quadrant: quadrantOf(value, effort),
      slot,
      of: count.get(key) ?? 1,
    };
  });
  return { dots, unscored: rows.filter((r) => r.value === null || r.effort === null) };
}

/** The 1..5 score a position along an axis of `length` falls on (clamped to the scale). */
export function scoreAt(position: number, length: number): number {
  const cell = Math.floor((position / length) * 5) + 1;
  return Math.min(5, Math.max(1, cell));
}
