import type { Op } from '../ops/schema';

/**
 * What the backend tells every open window after each committed edit, so a change made in one
 * window appears in the others (each page's socket in browser mode, IPC in the desktop app).
 * Revisions count edits one by one: a window at `baseRevision` applies `ops` and is then at
 * `revision`; one that missed a change asks `project.changesSince` for what it missed.
 */
export interface ProjectChange {
  /** The revision the ops were applied on. */
  baseRevision: number;
  /** The revision they made: always baseRevision + 1. */
  revision: number;
  ops: Op[];
  /**
   * The window that made the edit (its `clientId` in project.applyOps). Pushed events leave that
   * window out (see `madeByFeed`); it still skips its own in what `project.changesSince` gives.
   */
  clientId: string | null;
}

export type ProjectEvent = { type: 'applied'; path: string; change: ProjectChange };

/**
 * The desktop app's IPC channel for project events: main sends each to every window but the one
 * that made the edit (electron/shell/projectEvents.ts), as browser mode's page socket does.
 */
export const PROJECT_EVENT_CHANNEL = 'wayline:project-event';

/**
 * A page's feed id: browser mode's page names it when it opens its socket (shared/api/socket.ts),
 * and the desktop app's main process learns it from the client ids a window sends. A window's
 * client ids begin with it (`feedClientId`), so the page is not sent the edits it made itself:
 * their answers have told it already, and hearing each keystroke again cost it a task. What a
 * feed id looks like: 16 hex digits.
 */
export const FEED_ID = /^[0-9a-f]{16}$/;

/** What follows the feed id in a client id. */
const FEED_END = '.';

/** A client id for a window of the page with feed `feedId`: the feed id, a dot, and more. */
export const feedClientId = (feedId: string, rest: string) => `${feedId}${FEED_END}${rest}`;

/** Whether an edit by `clientId` was made by the page whose feed id is `feedId`. */
export const madeByFeed = (clientId: string | null, feedId: string) =>
  clientId !== null && clientId.startsWith(feedClientId(feedId, ''));

/** The feed id `clientId` begins with, or null when it is not one `feedClientId` makes. */
export function feedOfClientId(clientId: string | null): string | null {
  const feed = clientId?.split(FEED_END, 1)[0];
  return feed !== undefined && FEED_ID.test(feed) && madeByFeed(clientId, feed) ? feed : null;
}

/** A well-formed event as it crosses a process boundary; the ops were validated when applied. */
export function isProjectEvent(value: unknown): value is ProjectEvent {
  const event = value as Partial<ProjectEvent> | null;
  const change = event?.change as Partial<ProjectChange> | undefined;
  return (
    event?.type === 'applied' &&
    typeof event.path === 'string' &&
    typeof change?.revision === 'number' &&
    typeof change.baseRevision === 'number' &&
    Array.isArray(change.ops) &&
    (change.clientId === null || typeof change.clientId === 'string')
  );
}
