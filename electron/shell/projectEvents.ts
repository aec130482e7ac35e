import type { BrowserWindow } from 'electron';
import { PROJECT_EVENT_CHANNEL, type ProjectEvent } from '../../shared/api/events';

/** What this file needs of the backend: its stream of committed edits. */
interface EventSource {
  onEvent(listener: (event: ProjectEvent) => void): () => void;
}

/**
 * Passes every committed edit from the backend process to every open window, so a change
 * made in one appears in the others. Windows only ever show our page (navigation is blocked),
 * and the preload passes on only well-formed events.
 */
export function forwardProjectEvents(
  backend: EventSource,
  windows: () => readonly Pick<BrowserWindow, 'isDestroyed' | 'webContents'>[],
): () => void {
  return backend.onEvent((event) => {
    for (const win of windows()) {
      if (!win.isDestroyed()) win.webContents.send(PROJECT_EVENT_CHANNEL, event);
    }
  });
}
