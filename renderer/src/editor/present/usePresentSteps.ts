import { useCallback, useMemo, useState } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import {
  clampStep,
  presentSteps,
  remapStep,
  stageStart,
  type PresentKeyAction,
} from '../../../../shared/present/steps';

type Move = Extract<
  PresentKeyAction,
  { type: 'next' | 'previous' | 'first' | 'last' | 'overview' | 'stage' }
>;

/** Where the presentation is, and the moves between steps (reveal changes the step list). */
export function usePresentSteps(layout: JourneyLayout) {
  const [reveal, setReveal] = useState(false);
  const [index, setIndex] = useState(0);
  const steps = useMemo(() => presentSteps(layout, reveal), [layout, reveal]);
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
      setIndex(clampStep(steps, next));
    },
    [at, steps, layout.stages.length],
  );

  const toggleReveal = useCallback(() => {
    const nextSteps = presentSteps(layout, !reveal);
    setIndex(remapStep(steps, at, nextSteps));
    setReveal(!reveal);
  }, [layout, reveal, steps, at]);

  return { step: steps[at] ?? { kind: 'overview' as const }, reveal, move, toggleReveal };
}
