import type { Op } from '../../../shared/ops/schema';

export type SaveState = 'saved' | 'saving' | 'failed';

/**
 * Sends ops to the backend in the order they were made, one request at a time. Ops made while
 * a request is under way go together in the next one (up to `maxPerCall`), so a fast typist
 * costs one request per round trip. After a failure nothing more is sent: the ops after it
 * were made on top of the refused ones, and the owner must resynchronise first.
 */
export function createPersistQueue(
  send: (ops: Op[]) => Promise<void>,
  onState: (state: SaveState, error?: unknown) => void,
  maxPerCall: number,
) {
  let waiting: Op[] = [];
  let inFlight: Promise<void> | null = null;
  let broken = false;

  const pump = async (): Promise<void> => {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxPerCall);
      waiting = waiting.slice(batch.length);
      try {
        await send(batch);
      } catch (err) {
        waiting = [];
        broken = true;
        onState('failed', err);
        return;
      }
    }
    onState('saved');
  };

  return {
    push(op: Op): void {
      if (broken) return;
      waiting.push(op);
      onState('saving');
      inFlight ??= pump().finally(() => {
        inFlight = null;
      });
    },
    /** Resolves once everything pushed so far has been answered. */
    async flush(): Promise<void> {
      while (inFlight) await inFlight;
    },
    /** Accepts ops again, after the owner has reloaded what the file holds. */
    reset(): void {
      waiting = [];
      broken = false;
    },
  };
}
