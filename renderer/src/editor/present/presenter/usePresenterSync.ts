import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PresenterMessage } from '../../../../../shared/present/presenterCue';
import { usePresenterChannel } from '../presenterChannel';
import type { OnMoved } from '../usePresentSteps';

/**
 * The presenter window's side of the channel: it says hello (the audience answers with where
 * the show is), follows the audience's moves, tells it its own, and says bye when it closes.
 */
export function usePresenterSync(
  journeyId: string,
  follow: (journeyId: string, key: string, reveal: boolean) => void,
) {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [audience, setAudience] = useState<'waiting' | 'presenting' | 'ended'>('waiting');
  const journey = useRef(journeyId);
  useLayoutEffect(() => {
    journey.current = journeyId;
  }, [journeyId]);
  const post = usePresenterChannel(
    useCallback(
      (message: PresenterMessage) => {
        if (message.type === 'ended') setAudience('ended');
        if (message.type !== 'cue' || message.from !== 'audience') return;
        setAudience('presenting');
        setStartedAt(message.startedAt);
        follow(message.journeyId, message.step, message.reveal);
      },
      [follow],
    ),
  );
  useEffect(() => {
    post({ type: 'hello' });
    const bye = () => post({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
    };
  }, [post]);
  const onMoved: OnMoved = useCallback(
    (key, reveal) =>
      post({
        type: 'cue',
        from: 'presenter',
        journeyId: journey.current,
        step: key,
        reveal,
        startedAt,
      }),
    [post, startedAt],
  );
  return { startedAt, audience, onMoved, restart: () => setStartedAt(Date.now()) };
}

/** The time now, once a second: what the presenter's clocks read. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
