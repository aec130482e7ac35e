import type { Node } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';

/** `nodes`, with those of `previous` that are gone from it added back, hidden. */
export function withRetired<N extends Node>(previous: readonly N[], nodes: N[]): N[] {
  const ids = new Set(nodes.map((n) => n.id));
  const leaving = previous.filter((n) => !n.hidden && !ids.has(n.id));
  return leaving.length ? [...nodes, ...leaving.map((n) => ({ ...n, hidden: true }))] : nodes;
}

/**
 * `nodes`, plus those of the last render that left it, handed once more as hidden ones.
 *
 * A node taken out of React Flow's `nodes` leaves its store at once, while its component, still
 * mounted, reads it from there until React unmounts it: React Flow 12's node wrapper then
 * throws a TypeError (caught by React) on each store update, two per node (nodes, then edges).
 * At the switch to the far zoom that was about 190 exceptions, and a good part of the frame.
 * A hidden node stays in the store and React Flow unmounts its component; an idle moment later
 * (or the next change) it is dropped.
 */
export function useRetiredNodes<N extends Node>(nodes: N[]): N[] {
  // The input before this one; a render of the same input (React may render twice) keeps it,
  // so reading the ref during render gives the same answer for the same input.
  const step = useRef({ input: nodes, before: nodes as readonly N[] });
  const [swept, setSwept] = useState<N[] | null>(null);
  /* eslint-disable react-hooks/refs */
  if (step.current.input !== nodes) step.current = { input: nodes, before: step.current.input };
  const { before } = step.current;
  const shown = useMemo(
    () => (swept === nodes ? nodes : withRetired(before, nodes)),
    [before, nodes, swept],
  );
  /* eslint-enable react-hooks/refs */
  useEffect(() => {
    if (shown === nodes) return;
    const sweep = () => setSwept(nodes);
    // Test DOMs (happy-dom) have no idle callbacks.
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(sweep, 100);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(sweep, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }, [shown, nodes]);
  return shown;
}
