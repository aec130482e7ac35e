import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PresenterCue, PresenterMessage } from '../../../../shared/present/presenterCue';
import { usePresenterChannel } from './presenterChannel';
import type { OnMoved } from './usePresentSteps';

interface Where {
  journeyId: string;
  key: string;
  reveal: boolean;
}

/**
 * The audience window's side of the presenter channel: it tells the presenter window every
 * move made here and answers its hello with where the show is; it takes the presenter's moves
 * (`goTo`). While a presenter window is open, `presenterOpen` is true: the audience then shows
 * only the map, and the presenter line moves to the presenter's screen.
 */
export function useAudienceSync(where: Where, goTo: (key: string, reveal: boolean) => void) {
  const [startedAt] = useState(() => Date.now());
  const [presenterOpen, setPresenterOpen] = useState(false);
  const now = useRef(where);
  useLayoutEffect(() => {
    now.current = where;
  });
  // Replies go out through the channel this very hook opens below.
  const reply = useRef<(message: PresenterMessage) => void>(() => undefined);
  const cueOf = useCallback(
    ({ journeyId, key, reveal }: Where): PresenterCue => ({
      type: 'cue',
      from: 'audience',
      journeyId,
      step: key,
      reveal,
      startedAt,
    }),
    [startedAt],
  );
  const post = usePresenterChannel(
    useCallback(
      (message: PresenterMessage) => {
        if (message.type === 'hello') {
          setPresenterOpen(true);
          reply.current(cueOf(now.current));
        } else if (message.type === 'bye') setPresenterOpen(false);
        else if (message.type === 'cue' && message.from === 'presenter') {
          setPresenterOpen(true);
          if (message.journeyId === now.current.journeyId) goTo(message.step, message.reveal);
        }
      },
      [cueOf, goTo],
    ),
  );
  useEffect(() => {
    reply.current = post;
  }, [post]);
  // A presenter window already open follows from the first step; it hears when the show ends.
  useEffect(() => {
    post(cueOf(now.current));
    return () => post({ type: 'ended' });
  }, [post, cueOf]);
  const onMoved: OnMoved = useCallback(
    (key, reveal) => post(cueOf({ journeyId: now.current.journeyId, key, reveal })),
    [post, cueOf],
  );
  return { presenterOpen, onMoved };
}
