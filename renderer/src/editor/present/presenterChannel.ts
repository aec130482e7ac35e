import { useCallback, useEffect, useRef } from 'react';
import {
  PRESENTER_CHANNEL,
  readPresenterMessage,
  type PresenterMessage,
} from '../../../../shared/present/presenterCue';

/**
 * The audience and presenter windows' line to each other: a BroadcastChannel, which every
 * same-origin window of this browser (browser-mode tabs, the desktop app's windows on the
 * wayline:// scheme) hears, with no backend round trip. Returns `post`; `onMessage` hears the
 * other windows, never this one.
 */
export function usePresenterChannel(onMessage: (message: PresenterMessage) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const listener = useRef(onMessage);
  useEffect(() => {
    listener.current = onMessage;
  }, [onMessage]);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(PRESENTER_CHANNEL);
    opened.onmessage = (e: MessageEvent) => {
      const message = readPresenterMessage(e.data);
      if (message) listener.current(message);
    };
    channel.current = opened;
    return () => {
      channel.current = null;
      opened.close();
    };
  }, []);
  return useCallback((message: PresenterMessage) => channel.current?.postMessage(message), []);
}

/** Whether this window was opened as the presenter window (`#presenter`). */
export const isPresenterWindow = () => window.location.hash === '#presenter';

/**
 * Opens the presenter window: a new tab in browser mode, a second window in the desktop app
 * (the shell's window-open guard knows this one fragment; see electron/shell/guards.ts).
 */
export function openPresenterWindow(): void {
  window.open(
    `${window.location.origin}${window.location.pathname}#presenter`,
    '_blank',
    'noopener',
  );
}
