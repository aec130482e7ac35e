import type { Edge, Node } from '@xyflow/react';
import { useMemo, useRef } from 'react';

/**
 * Pairs of objects already found equal as JSON. A node's data holds immutable values (rows,
 * faces, layout parts), so a pair found equal once stays equal; without this an older node kept
 * for its identity is compared with each new build again: after the layout is made anew (the
 * connection router arriving), its emotion curve, 250 KB as JSON at 10,000 cards, was
 * serialised twice on every edit.
 */
const equalAsJson = new WeakMap<object, WeakSet<object>>();

function sameJson(a: object, b: object): boolean {
  if (equalAsJson.get(a)?.has(b)) return true;
  if (JSON.stringify(a) !== JSON.stringify(b)) return false;
  let known = equalAsJson.get(a);
  if (!known) equalAsJson.set(a, (known = new WeakSet()));
  known.add(b);
  return true;
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    return (
      Object.is(va, vb) ||
      (typeof va === 'object' &&
        typeof vb === 'object' &&
        va !== null &&
        vb !== null &&
        sameJson(va, vb))
    );
  });
}

/**
 * Keeps a node object when nothing about it changed, so React Flow's identity checks skip it
 * and a one-card edit re-renders one card, not two thousand.
 */
export function reuseUnchanged<N extends Node | Edge>(previous: Map<string, N>, next: N[]): N[] {
  return next.map((node) => {
    const old = previous.get(node.id);
    // A builder that kept the node itself (buildNodes does for unchanged cards): nothing to compare.
    if (old === node) return old;
    if (
      old &&
      old.type === node.type &&
      ('position' in old && 'position' in node
        ? old.position.x === node.position.x &&
          old.position.y === node.position.y &&
          old.width === node.width &&
          old.height === node.height
        : true) &&
      old.selected === node.selected &&
      old.hidden === node.hidden &&
      shallowEqual(old.data ?? {}, node.data ?? {})
    ) {
      return old;
    }
    return node;
  });
}

/** Whether two lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * `built`, with every node (or edge) that equals the one of the last render swapped for it, and
 * the very list of the last render when every item is the same: React Flow then has nothing to
 * take in (typing in a card's title builds no new node, see buildNodes).
 */
export function useReusedNodes<N extends Node | Edge>(built: N[]): N[] {
  const cache = useRef(new Map<string, N>());
  const last = useRef<N[]>([]);
  // The cache only swaps in an equal, older object for a new one, so reading it during render
  // cannot show stale data; it is what keeps untouched nodes identical for React Flow.
  /* eslint-disable react-hooks/refs */
  return useMemo(() => {
    const cached = cache.current;
    const reused = reuseUnchanged(cached, built);
    if (sameItems(reused, last.current)) return last.current;
    // Updated in place: after a one-card edit that is one entry, not a new map of every node.
    for (const n of reused) if (cached.get(n.id) !== n) cached.set(n.id, n);
    if (cached.size !== reused.length) cache.current = new Map(reused.map((n) => [n.id, n]));
    last.current = reused;
    return reused;
  }, [built]);
  /* eslint-enable react-hooks/refs */
}
