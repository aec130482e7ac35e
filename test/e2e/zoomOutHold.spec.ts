import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeFixture } from '../../bench/fixture';
import { EditorPage } from './support/editorPage';
import { expect, SHOTS, test as base } from './support/workspace';

const test = base.extend<{ map: EditorPage }>({
  map: async ({ workspace, page }, use) => {
    const file = workspace.path('Two thousand.wayline');
    writeFixture(file, 2000);
    await workspace.serve(file);
    await expect(page.getByTestId('stage-column').first()).toBeVisible();
    await use(new EditorPage(page));
  },
});

const CARDS = '.react-flow__node-touchpoint';

/**
 * One wheel notch out at the middle of the pane, sent in the page, and what the map shows two
 * frames later: well inside the hold (useZoomOutHold), whatever the machine's speed.
 */
function notchOut(page: Page) {
  return page.evaluate(async (cards) => {
    const pane = document.querySelector('.react-flow__pane')!;
    const box = pane.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
    pane.dispatchEvent(
      new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true, ...at }),
    );
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const layer = document.querySelector('[data-testid="far-layer"]');
    return {
      cards: document.querySelectorAll(cards).length,
      shapes: Number(layer?.getAttribute('data-card-count') ?? 0),
      zoom: new DOMMatrix(
        getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
      ).a,
    };
  }, CARDS);
}

test('a wheel zoom-out keeps the full cards it began with, draws the cards coming on screen as shapes, and makes them full once the wheel is still', async ({
  page,
  map,
}) => {
  await expect(map.page.locator(CARDS).first()).toBeVisible();
  const before = await page.locator(CARDS).count();
  expect(before).toBeGreaterThan(20);
  await expect(page.getByTestId('far-layer')).toHaveCount(0);

  const held = await notchOut(page);
  // Still nearer than the far zoom: full cards, and none mounted for the ring that came on.
  expect(held.zoom).toBeGreaterThanOrEqual(0.5);
  expect(held.cards).toBeLessThanOrEqual(before);
  expect(held.shapes).toBeGreaterThan(0);
  await page.screenshot({ path: join(SHOTS, 'zoom-out-held.png') });

  // Once the wheel is still, the waiting cards become full cards, and the shapes go.
  await expect(page.getByTestId('far-layer')).toHaveCount(0);
  await expect.poll(() => page.locator(CARDS).count()).toBeGreaterThan(before);
  await page.screenshot({ path: join(SHOTS, 'zoom-out-released.png') });
});
