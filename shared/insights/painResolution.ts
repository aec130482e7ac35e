import { linkingCards } from '../model/cardLinks';
import type { ProjectDoc, Touchpoint } from '../model/types';

/**
 * Whether a pain point has been dealt with, read from the opportunities linked to it (not from
 * what happens to sit in its stage): resolved once one of them has shipped; planned while one
 * is planned or in progress; open otherwise (ideas and dropped opportunities resolve nothing).
 */
export type PainState = 'resolved' | 'planned' | 'open';

export function painState(doc: ProjectDoc, painId: string): PainState {
  const statuses = new Set(linkingCards(doc, painId, 'addresses').map((o) => o.status));
  if (statuses.has('shipped')) return 'resolved';
  if (statuses.has('planned') || statuses.has('inProgress')) return 'planned';
  return 'open';
}

/** A pain point whose severity nobody set weighs as "Moderate". */
export const UNSET_SEVERITY_WEIGHT = 2;

/** How much a pain point weighs in the health score: its severity, 1 (minor) .. 4 (critical). */
export const severityWeight = (pain: Pick<Touchpoint, 'severity'>) =>
  pain.severity ?? UNSET_SEVERITY_WEIGHT;

/** Pain points by state, with the severity each state adds up to. */
export interface PainTally {
  all: number;
  resolved: number;
  planned: number;
  open: number;
  /** Severity summed over all pain points, and over the resolved ones. */
  weight: number;
  resolvedWeight: number;
}

const emptyTally = (): PainTally => ({
  all: 0,
  resolved: 0,
  planned: 0,
  open: 0,
  weight: 0,
  resolvedWeight: 0,
});

export function tallyPains(doc: ProjectDoc, pains: readonly Touchpoint[]): PainTally {
  const tally = emptyTally();
  for (const pain of pains) {
    const state = painState(doc, pain.id);
    const weight = severityWeight(pain);
    tally.all += 1;
    tally[state] += 1;
    tally.weight += weight;
    if (state === 'resolved') tally.resolvedWeight += weight;
  }
  return tally;
}

/** The sum of several tallies (a journey's, from its stages'). */
export function addTallies(tallies: readonly PainTally[]): PainTally {
  const total = emptyTally();
  for (const t of tallies) {
    for (const key of Object.keys(total) as (keyof PainTally)[]) total[key] += t[key];
  }
  return total;
}

/** "1 resolved, 2 planned, 1 open": the states a stage's pain points are in, empty ones left out. */
export function painBreakdown(tally: PainTally): string {
  const parts = [
    [tally.resolved, 'resolved'],
    [tally.planned, 'planned'],
    [tally.open, 'open'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ');
}
