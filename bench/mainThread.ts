// Main-thread time and JS heap of a page, from Chromium's own counters (CDP), so the app needs
// no instrumentation: Performance.getMetrics' TaskDuration is the time the renderer's main
// thread spent running tasks (script, style, layout, paint), summed since the page started.
import type { CDPSession, Locator, Page } from '@playwright/test';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

/** Main-thread ms spent over `settleMs` after `act` (its save's answer included). */
async function busyAfter(cdp: CDPSession, act: () => Promise<void>, settleMs: number) {
  const before = await taskSeconds(cdp);
  await act();
  await sleep(settleMs);
  return ((await taskSeconds(cdp)) - before) * 1000;
}

export interface EditCost {
  /** Main-thread ms per one-character title edit, less the same window with nothing done. */
  samples: number[];
  idle: number[];
}

/** The card's height on screen, px. */
async function heightOf(card: Locator): Promise<number> {
  return (await card.boundingBox())?.height ?? 0;
}

/**
 * Types into the focused title until the card has changed height `times` times (its title
 * wrapped onto another line each time). From there, each Backspace unwraps it and each "x"
 * wraps it again: `wrapKey(i)` gives the i-th keystroke of such a run.
 */
export async function primeWrap(page: Page, card: Locator, times = 1): Promise<void> {
  let last = await heightOf(card);
  let changes = 0;
  for (let i = 0; i < 160; i++) {
    await page.keyboard.type('x');
    await sleep(120);
    const now = await heightOf(card);
    if (now !== last && ++changes === times) return;
    last = now;
  }
  throw new Error('the title never wrapped onto another line');
}

export const wrapKey = (i: number) => (i % 2 === 0 ? 'Backspace' : 'x');

/**
 * Selects the first card in view, then types one character into the inspector's title field
 * `runs` times; each time, the main thread's work until things settle, minus an idle window of
 * the same length (timers, the event stream) measured just before. With `wrap`, each keystroke
 * changes the number of lines of the title and so the card's height (primeWrap): 'cell' moves
 * the cards below it in its cell, 'lane' its lane's height and everything below.
 */
export async function measureTitleEdits(
  page: Page,
  cardSelector: string,
  runs: number,
  settleMs = 700,
  wrap: false | 'cell' | 'lane' = false,
): Promise<EditCost> {
  const card = page.locator(cardSelector).first();
  const id = await card.evaluate((e) => e.closest('.react-flow__node')?.getAttribute('data-id'));
  const node = page.locator(`.react-flow__node[data-id="${id}"]`);
  await card.click();
  const title = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', {
    name: 'Title',
    exact: true,
  });
  await title.click();
  // Every page starts from the same title (an earlier page's edits were saved).
  if (wrap) {
    await title.fill('Card');
    await sleep(settleMs);
  }
  await page.keyboard.press('End');
  // The bench's cards all wrap alike: from "Card", the second wrap makes this card its cell's
  // and so its lane's tallest (everything below moves); the first only restores its height.
  if (wrap) await primeWrap(page, node, wrap === 'lane' ? 2 : 1);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cost: EditCost = { samples: [], idle: [] };
  try {
    await sleep(settleMs);
    for (let i = 0; i < runs + 1; i++) {
      const idle = await busyAfter(cdp, async () => {}, settleMs);
      const key = wrap ? wrapKey(i) : 'x';
      const edit = await busyAfter(cdp, () => page.keyboard.press(key), settleMs);
      if (i === 0) continue; // warm-up
      cost.idle.push(idle);
      cost.samples.push(Math.max(0, edit - idle));
    }
  } finally {
    await cdp.detach();
  }
  return cost;
}

/** The page's JS heap in MB after a full garbage collection. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}
