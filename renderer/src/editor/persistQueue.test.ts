import { describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/ops/schema';
import { createPersistQueue, type SaveState } from './persistQueue';

const op = (n: number): Op => ({ type: 'updateProject', patch: { name: `Name ${n}` } });
const names = (ops: Op[]) => ops.map((o) => (o.type === 'updateProject' ? o.patch.name : '?'));

/** A backend whose answers the test gives one at a time, in order. */
function slowBackend() {
  const calls: { ops: Op[]; answer: (error?: Error) => void }[] = [];
  const send = (ops: Op[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ ops, answer: (error) => (error ? reject(error) : resolve()) });
    });
  return { calls, send };
}

function recordStates() {
  const states: { state: SaveState; error?: unknown }[] = [];
  return { states, onState: (state: SaveState, error?: unknown) => states.push({ state, error }) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the persist queue', () => {
  it('sends one request at a time, in order, batching what was made while one was out', async () => {
    const backend = slowBackend();
    const { states, onState } = recordStates();
    const queue = createPersistQueue(backend.send, onState, 3);
    queue.push(op(1));
    for (const n of [2, 3, 4, 5]) queue.push(op(n));
    await settle();
    expect(backend.calls.map((c) => names(c.ops))).toEqual([['Name 1']]);
    backend.calls[0]!.answer();
    await settle();
    // At most three ops a call; the rest wait for the next round trip.
    expect(backend.calls.map((c) => names(c.ops))).toEqual([
      ['Name 1'],
      ['Name 2', 'Name 3', 'Name 4'],
    ]);
    backend.calls[1]!.answer();
    await settle();
    expect(names(backend.calls[2]!.ops)).toEqual(['Name 5']);
    expect(states.at(-1)?.state).toBe('saving');
    backend.calls[2]!.answer();
    await queue.flush();
    expect(states.at(-1)).toEqual({ state: 'saved', error: undefined });
    expect(backend.calls).toHaveLength(3);
  });

  it('flush waits for everything pushed so far, and resolves at once when idle', async () => {
    const backend = slowBackend();
    const queue = createPersistQueue(backend.send, () => {}, 10);
    await queue.flush();
    queue.push(op(1));
    let flushed = false;
    const flushing = queue.flush().then(() => (flushed = true));
    await settle();
    expect(flushed).toBe(false);
    queue.push(op(2));
    backend.calls[0]!.answer();
    await settle();
    expect(flushed).toBe(false);
    backend.calls[1]!.answer();
    await flushing;
    expect(backend.calls.map((c) => names(c.ops))).toEqual([['Name 1'], ['Name 2']]);
  });

  it('after a refused request sends nothing more until reset, and reports why', async () => {
    const backend = slowBackend();
    const { states, onState } = recordStates();
    const queue = createPersistQueue(backend.send, onState, 10);
    queue.push(op(1));
    queue.push(op(2));
    const refusal = new Error('stale revision');
    backend.calls[0]!.answer(refusal);
    await queue.flush();
    expect(states.at(-1)).toEqual({ state: 'failed', error: refusal });
    // The ops made on top of the refused one are dropped, and later ones too.
    queue.push(op(3));
    await settle();
    expect(backend.calls).toHaveLength(1);
    expect(states.at(-1)?.state).toBe('failed');

    queue.reset();
    queue.push(op(4));
    backend.calls[1]!.answer();
    await queue.flush();
    expect(names(backend.calls[1]!.ops)).toEqual(['Name 4']);
    expect(states.at(-1)?.state).toBe('saved');
  });
});
