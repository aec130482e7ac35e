// Main-thread time and JS heap of a page, from Chromium's own counters (CDP), so the app needs
// no instrumentation: Performance.getMetrics' TaskDuration is the time the renderer's main
// thread spent running tasks (script, style, layout, paint), summed since the page started.
import type { CDPSession, Page } from '@playwright/test';

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

/**
 * Selects the first card in view, then types one character into the inspector's title field
 * `runs` times; each time, the main thread's work until things settle, minus an idle window of
 * the same length (timers, the event stream) measured just before.
 */
export async function measureTitleEdits(
  page: Page,
  cardSelector: string,
  runs: number,
  settleMs = 700,
): Promise<EditCost> {
  await page.locator(cardSelector).first().click();
  const title = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', {
    name: 'Title',
    exact: true,
  });
  await title.click();
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cost: EditCost = { samples: [], idle: [] };
  try {
    await sleep(settleMs);
    for (let i = 0; i < runs + 1; i++) {
      const idle = await busyAfter(cdp, async () => {}, settleMs);
      const edit = await busyAfter(cdp, () => page.keyboard.type('x'), settleMs);
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
