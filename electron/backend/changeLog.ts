import type { ProjectChange } from '../../shared/api/events';

/** How many recent changes are kept for windows that missed some; older ones reload. */
export const KEPT_CHANGES = 1000;

/**
 * The last changes committed to the open project, so a window that missed an event (a dropped
 * connection, a sleeping laptop) catches up with the ops rather than a full reload.
 */
export function createChangeLog(limit = KEPT_CHANGES) {
  let changes: ProjectChange[] = [];
  return {
    add(change: ProjectChange): void {
      changes.push(change);
      if (changes.length > limit) changes = changes.slice(changes.length - limit);
    },
    /** Forgets every change: another project was opened, or this one reopened. */
    clear(): void {
      changes = [];
    },
    /**
     * The changes after `revision` up to `current`, in order; null when some of them are no
     * longer kept or `revision` is not one this project had.
     */
    since(revision: number, current: number): ProjectChange[] | null {
      if (revision === current) return [];
      if (revision > current) return null;
      const start = changes.findIndex((c) => c.baseRevision === revision);
      if (start < 0) return null;
      const found = changes.slice(start);
      return found.at(-1)?.revision === current ? found : null;
    },
  };
}
