import type { JourneyLayout } from '../layout/layoutJourney';

/**
 * A presentation is a list of steps: the overview, then each stage. With reveal on, a stage
 * comes in as many steps as it has cards plus one: its header alone, then one more card each.
 */
export type PresentStep =
  | { kind: 'overview' }
  | { kind: 'stage'; stageIndex: number; stageId: string; revealed: number; cardCount: number };

/** A stage's cards in storytelling order: lane by lane from the top, then down each cell. */
export function revealOrder(layout: JourneyLayout, stageId: string): string[] {
  const laneRank = new Map(layout.lanes.map((l, i) => [l.id, i]));
  return layout.cards
    .filter((c) => c.stageId === stageId)
    .sort((a, b) => (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0) || a.y - b.y)
    .map((c) => c.id);
}

export function presentSteps(layout: JourneyLayout, reveal: boolean): PresentStep[] {
  const steps: PresentStep[] = [{ kind: 'overview' }];
  layout.stages.forEach((stage, stageIndex) => {
    const cardCount = revealOrder(layout, stage.id).length;
    const from = reveal ? 0 : cardCount;
    for (let revealed = from; revealed <= cardCount; revealed++) {
      steps.push({ kind: 'stage', stageIndex, stageId: stage.id, revealed, cardCount });
    }
  });
  return steps;
}

/** The first step of a stage (its header alone in reveal mode), or the overview if none. */
export function stageStart(steps: readonly PresentStep[], stageIndex: number): number {
  const i = steps.findIndex((s) => s.kind === 'stage' && s.stageIndex === stageIndex);
  return i < 0 ? 0 : i;
}

export function clampStep(steps: readonly PresentStep[], index: number): number {
  return Math.max(0, Math.min(steps.length - 1, index));
}

/**
 * Where to be in `next` after switching reveal on or off at `index` of `previous`: the same
 * stage, from its start (header alone) when reveal comes on and showing everything when it goes
 * off; either way that is the stage's first step in `next`.
 */
export function remapStep(
  previous: readonly PresentStep[],
  index: number,
  next: readonly PresentStep[],
): number {
  const at = previous[index];
  if (!at || at.kind === 'overview') return 0;
  const i = next.findIndex((s) => s.kind === 'stage' && s.stageId === at.stageId);
  return i < 0 ? 0 : i;
}

export type PresentKeyAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'overview' }
  | { type: 'stage'; stageIndex: number }
  | { type: 'toggle'; what: 'reveal' | 'spotlight' | 'presenterLine' | 'help' }
  | { type: 'leave' };

/** What a key does in the presentation; a clicker sends arrows, Page Up/Down or Space. */
export function presentKeyAction(key: string, shift: boolean): PresentKeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return { type: 'next' };
    case ' ':
      return { type: shift ? 'previous' : 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
      return { type: 'leave' };
    case '?':
      return { type: 'toggle', what: 'help' };
  }
  const lower = key.toLowerCase();
  if (lower === 'o') return { type: 'overview' };
  if (lower === 'r') return { type: 'toggle', what: 'reveal' };
  if (lower === 'p') return { type: 'toggle', what: 'spotlight' };
  if (lower === 'h') return { type: 'toggle', what: 'presenterLine' };
  if (/^[1-9]$/.test(key)) return { type: 'stage', stageIndex: Number(key) - 1 };
  return null;
}
