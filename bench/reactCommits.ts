// Counts React commits, and the React Flow nodes each one rendered, in a page whose app is built
// for production, through the hook React DOM reports every commit to (the one React DevTools
// installs). Nothing in the app changes for the bench: the hook is put in before the app loads.
import type { Page } from '@playwright/test';

export interface CommitCounts {
  commits: number;
  /** React Flow node wrappers (div.react-flow__node) that rendered, mounted or re-rendered. */
  nodesRendered: number;
}

interface Fiber {
  tag: number;
  memoizedProps: { className?: unknown } | null;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

interface CountingWindow {
  __benchCommits?: CommitCounts & { countNodes: boolean };
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: object;
}

/** Runs in the page before any of its scripts: a minimal DevTools hook that counts commits. */
function hookScript() {
  const w = window as unknown as CountingWindow;
  const counts = { commits: 0, nodesRendered: 0, countNodes: false };
  w.__benchCommits = counts;
  const HOST_COMPONENT = 5;
  const isNodeWrapper = (fiber: Fiber) => {
    const className = fiber.memoizedProps?.className;
    return (
      fiber.tag === HOST_COMPONENT &&
      typeof className === 'string' &&
      className.startsWith('react-flow__node ')
    );
  };
  // As React DevTools tells what rendered: a fiber with no previous version mounted; one whose
  // props object changed rendered again; a subtree whose child list is the previous one's was
  // skipped (bailed out), so nothing in it rendered.
  const countRenderedNodes = (root: Fiber) => {
    const stack: [Fiber, Fiber | null][] = [[root, root.alternate]];
    while (stack.length > 0) {
      const [next, prev] = stack.pop()!;
      if (isNodeWrapper(next) && (prev === null || prev.memoizedProps !== next.memoizedProps)) {
        counts.nodesRendered += 1;
      }
      if (prev !== null && next.child === prev.child) continue;
      for (let child = next.child; child; child = child.sibling)
        stack.push([child, child.alternate]);
    }
  };
  let nextId = 1;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => nextId++,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      counts.commits += 1;
      if (counts.countNodes) countRenderedNodes(root.current);
    },
  };
}

/** Call before the page's first navigation. */
export async function countReactCommits(page: Page): Promise<void> {
  await page.addInitScript(hookScript);
}

/** Starts counting afresh; `nodes` also walks each commit's tree (slower: not while timing). */
export function resetCommitCounts(page: Page, nodes: boolean): Promise<void> {
  return page.evaluate((nodes) => {
    const counts = (window as unknown as CountingWindow).__benchCommits;
    if (!counts) throw new Error('the commit counter was not installed before the page loaded');
    Object.assign(counts, { commits: 0, nodesRendered: 0, countNodes: nodes });
  }, nodes);
}

export function readCommitCounts(page: Page): Promise<CommitCounts> {
  return page.evaluate(() => {
    const { commits, nodesRendered } = (window as unknown as CountingWindow).__benchCommits!;
    return { commits, nodesRendered };
  });
}
