import type { BrowserWindow } from 'electron';
import { madeByFeed, PROJECT_EVENT_CHANNEL, type ProjectEvent } from '../../shared/api/events';
import type { WindowFeeds } from './windowFeeds';

/** What this file needs of the backend: its stream of committed edits. */
interface EventSource {
  onEvent(listener: (event: ProjectEvent) => void): () => void;
}

/**
 * Passes every committed edit from the backend process to every open window but the one that
 * made it, so a change made in one appears in the others. That window's answer has told it
 * already; hearing each keystroke again cost it a task. An edit without a feed in its client id
 * (null, or not one `feedClientId` makes) goes to every window. Windows only ever show our page
 * (navigation is blocked), and the preload passes on only well-formed events.
 */
export function forwardProjectEvents(
  backend: EventSource,
  windows: () => readonly Pick<BrowserWindow, 'isDestroyed' | 'webContents'>[],
  feeds: Pick<WindowFeeds, 'feedOf'>,
): () => void {
  return backend.onEvent((event) => {
    for (const win of windows()) {
      if (win.isDestroyed()) continue;
      const feed = feeds.feedOf(win.webContents);
      if (feed !== null && madeByFeed(event.change.clientId, feed)) continue;
      win.webContents.send(PROJECT_EVENT_CHANNEL, event);
    }
  });
}
