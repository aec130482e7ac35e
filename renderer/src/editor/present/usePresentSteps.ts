import { useCallback, useMemo, useState } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import {
  clampStep,
  indexOfKey,
  presentSteps,
  remapStep,
  stageStart,
  stepKey,
  type PresentKeyAction,
} from '../../../../shared/present/steps';

export type Move = Extract<
  PresentKeyAction,
  { type: 'next' | 'previous' | 'first' | 'last' | 'overview' | 'stage' }
>;

/** Told of every move made here (not of those taken from another window): the new position. */
export type OnMoved = (key: string, reveal: boolean) => void;

/**
 * Where the presentation is, and the moves between steps (reveal changes the step list). The
 * journey's saved views come after its stages; `goTo` takes another window's position.
 */
export function usePresentSteps(
  layout: JourneyLayout,
  viewIds: readonly string[] = [],
  onMoved?: OnMoved,
) {
  const [reveal, setReveal] = useState(false);
  const [index, setIndex] = useState(0);
  const steps = useMemo(() => presentSteps(layout, reveal, viewIds), [layout, reveal, viewIds]);
  // An edit elsewhere (another window) can shorten the list under us.
  const at = clampStep(steps, index);

  const move = useCallback(
    (action: Move) => {
      const next = {
        next: at + 1,
        previous: at - 1,
        first: 0,
        last: steps.length - 1,
        overview: 0,
        stage:
          action.type === 'stage' && action.stageIndex < layout.stages.length
            ? stageStart(steps, action.stageIndex)
            : at,
      }[action.type];
      const to = clampStep(steps, next);
      setIndex(to);
      if (steps[to]) onMoved?.(stepKey(steps[to]), reveal);
    },
    [at, steps, layout.stages.length, onMoved, reveal],
  );

  const toggleReveal = useCallback(() => {
    const nextSteps = presentSteps(layout, !reveal, viewIds);
    const to = remapStep(steps, at, nextSteps);
    setIndex(to);
    setReveal(!reveal);
    if (nextSteps[to]) onMoved?.(stepKey(nextSteps[to]), !reveal);
  }, [layout, reveal, steps, at, viewIds, onMoved]);

  /** Another window's position: taken as it is, and not told back. */
  const goTo = useCallback(
    (key: string, nextReveal: boolean) => {
      const nextSteps = nextReveal === reveal ? steps : presentSteps(layout, nextReveal, viewIds);
      setReveal(nextReveal);
      setIndex(indexOfKey(nextSteps, key));
    },
    [layout, reveal, steps, viewIds],
  );

  return {
    steps,
    at,
    step: steps[at] ?? { kind: 'overview' as const },
    reveal,
    move,
    toggleReveal,
    goTo,
  };
}
