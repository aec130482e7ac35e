// @vitest-environment happy-dom
import type { Node } from '@xyflow/react';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRetiredNodes, withRetired } from './useRetiredNodes';

const node = (id: string, hidden?: boolean): Node => ({
  id,
  position: { x: 0, y: 0 },
  data: {},
  ...(hidden === undefined ? {} : { hidden }),
});

describe('withRetired', () => {
  it('hands the nodes that left once more, hidden, after the new ones', () => {
    const a = node('a');
    const b = node('b');
    const c = node('c');
    const out = withRetired([a, b], [a, c]);
    expect(out.map((n) => [n.id, n.hidden ?? false])).toEqual([
      ['a', false],
      ['c', false],
      ['b', true],
    ]);
    // The node that left is copied, not changed: its old object stays as it was.
    expect(b.hidden).toBeUndefined();
  });

  it('returns the very array when nothing left, and drops nodes already hidden', () => {
    const next = [node('a')];
    expect(withRetired([node('a')], next)).toBe(next);
    expect(withRetired([node('a'), node('gone', true)], next)).toBe(next);
  });
});

describe('useRetiredNodes', () => {
  it('keeps a node that left for one render as hidden, then sweeps it when idle', async () => {
    const first = [node('a'), node('b')];
    const { result, rerender } = renderHook(({ nodes }) => useRetiredNodes(nodes), {
      initialProps: { nodes: first },
    });
    expect(result.current).toBe(first);

    const second = [node('a')];
    rerender({ nodes: second });
    expect(result.current.map((n) => [n.id, n.hidden ?? false])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    // The same input rendered again (React may) still shows the node leaving.
    rerender({ nodes: second });
    expect(result.current.map((n) => n.id)).toEqual(['a', 'b']);

    await act(() => new Promise((done) => setTimeout(done, 700)));
    expect(result.current).toBe(second);
  });
});
