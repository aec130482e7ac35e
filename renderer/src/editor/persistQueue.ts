import type { Op } from '../../../shared/ops/schema';

export type SaveState = 'saved' | 'saving' | 'failed';

/**
 * Sends ops to the backend in the order they were made. Ops made while a request is under
 * way go together in the next one, so a fast typist costs one request per round trip.
 */
export function createPersistQueue(
  send: (ops: Op[]) => Promise<unknown>,
  onState: (state: SaveState, error?: unknown) => void,
) {
  let waiting: Op[] = [];
  let inFlight: Promise<void> | null = null;

  const pump = async (): Promise<void> => {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        await send(batch);
      } catch (err) {
        // Later ops were made on top of the refused ones; drop them too, the store resyncs.
        waiting = [];
        onState('failed', err);
        return;
      }
    }
    onState('saved');
  };

  return {
    push(op: Op) {
      waiting.push(op);
      onState('saving');
      if (!inFlight) {
        inFlight = pump().finally(() => {
          inFlight = null;
        });
      }
    },
    /** Resolves once everything pushed so far has been answered. */
    async flush(): Promise<void> {
      while (inFlight) await inFlight;
    },
  };
}
