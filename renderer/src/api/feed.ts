import type { ProjectEvent } from '../../../shared/api/events';

/** What a window hears from the backend: a committed edit, or that its feed (re)connected. */
export type FeedEvent = ProjectEvent | { type: 'connected' };

/** The backend's stream of committed edits, from every window; subscribe returns the unsubscribe. */
export interface ProjectFeed {
  subscribe(listener: (event: FeedEvent) => void): () => void;
}
