import { useMemo, useRef } from 'react';

const sameMembers = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...b].every((id) => a.has(id));

/**
 * `next`, or the set of the last render when it holds the same ids: zooming inside the culling
 * window then hands React Flow the very same nodes, and nothing re-renders.
 */
export function useSameSet<S extends ReadonlySet<string> | null>(next: S): S {
  const last = useRef(next);
  // Only an equal, older set is swapped in, so reading the ref here shows nothing stale.
  /* eslint-disable react-hooks/refs */
  return useMemo(() => {
    if (last.current && next && sameMembers(last.current, next)) return last.current;
    last.current = next;
    return next;
  }, [next]);
  /* eslint-enable react-hooks/refs */
}
