import type { JourneyLayout } from '../layout/layoutJourney';

/**
 * A presentation is a list of steps: the overview, then each stage, then the journey's saved
 * views. With reveal on, a stage comes in as many steps as it has cards plus one: its header
 * alone, then one more card each.
 */
export type PresentStep =
  | { kind: 'overview' }
  | { kind: 'stage'; stageIndex: number; stageId: string; revealed: number; cardCount: number }
  | { kind: 'view'; viewIndex: number; viewId: string };

/** A stage's cards in storytelling order: lane by lane from the top, then down each cell. */
export function revealOrder(layout: JourneyLayout, stageId: string): string[] {
  const laneRank = new Map(layout.lanes.map((l, i) => [l.id, i]));
  return layout.cards
    .filter((c) => c.stageId === stageId)
    .sort((a, b) => (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0) || a.y - b.y)
    .map((c) => c.id);
}

export function presentSteps(
  layout: JourneyLayout,
  reveal: boolean,
  viewIds: readonly string[] = [],
): PresentStep[] {
  const steps: PresentStep[] = [{ kind: 'overview' }];
  layout.stages.forEach((stage, stageIndex) => {
    const cardCount = revealOrder(layout, stage.id).length;
    const from = reveal ? 0 : cardCount;
    for (let revealed = from; revealed <= cardCount; revealed++) {
      steps.push({ kind: 'stage', stageIndex, stageId: stage.id, revealed, cardCount });
    }
  });
  viewIds.forEach((viewId, viewIndex) => steps.push({ kind: 'view', viewIndex, viewId }));
  return steps;
}

/**
 * A step by what it shows, not where it sits in the list: "overview", "stage:<id>:<revealed>",
 * "view:<id>". Two windows showing one presentation agree on keys, not indexes.
 */
export function stepKey(step: PresentStep): string {
  if (step.kind === 'overview') return 'overview';
  if (step.kind === 'view') return `view:${step.viewId}`;
  return `stage:${step.stageId}:${step.revealed}`;
}

/** Where a step key is in `steps`: that step, else its stage's first step, else the overview. */
export function indexOfKey(steps: readonly PresentStep[], key: string): number {
  const exact = steps.findIndex((s) => stepKey(s) === key);
  if (exact >= 0) return exact;
  const [kind, id] = key.split(':');
  const near = steps.findIndex((s) => kind === 'stage' && s.kind === 'stage' && s.stageId === id);
  return near < 0 ? 0 : near;
}

/** The step after the current one that shows something else (the next stage or view). */
export function nextSection(steps: readonly PresentStep[], index: number): PresentStep | undefined {
  const at = steps[index];
  return steps.slice(index + 1).find((s) => {
    if (!at || s.kind !== at.kind) return true;
    return s.kind === 'stage' && at.kind === 'stage' ? s.stageId !== at.stageId : true;
  });
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
  if (at.kind === 'view') return indexOfKey(next, stepKey(at));
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
  | { type: 'toggle'; what: 'reveal' | 'spotlight' | 'presenterLine' | 'help' | 'stageView' }
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
  if (lower === 'm') return { type: 'toggle', what: 'stageView' };
  if (/^[1-9]$/.test(key)) return { type: 'stage', stageIndex: Number(key) - 1 };
  return null;
}
