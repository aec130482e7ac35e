import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeFixture } from '../../bench/fixture';
import { CARDS_PER_FRAME } from '../../shared/layout/staging';
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

/** Per frame while recording: full cards mounted, and how many of them lie wholly off the pane. */
function recordCards(page: Page) {
  return page.evaluate((cards) => {
    const w = window as unknown as { __cards?: { on: boolean; frames: [number, number][] } };
    const rec = { on: true, frames: [] as [number, number][] };
    w.__cards = rec;
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const tick = () => {
      if (!rec.on) return;
      const nodes = [...document.querySelectorAll(cards)].map((n) => n.getBoundingClientRect());
      const off = nodes.filter(
        (r) =>
          r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom,
      );
      rec.frames.push([nodes.length, off.length]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, CARDS);
}

function stopRecording(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __cards: { on: boolean; frames: [number, number][] } };
    w.__cards.on = false;
    return w.__cards.frames;
  });
}

test('zooming back in from far out builds only the cards on screen, a few a frame', async ({
  page,
  map,
}) => {
  await expect(map.page.locator(CARDS).first()).toBeVisible();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 100);
  await expect(page.getByTestId('far-layer')).toBeVisible();
  // Far out only the keyboard's card (the map's one Tab stop) is a node.
  await expect(page.locator(CARDS)).toHaveCount(1);

  await recordCards(page);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -100);
  await expect(page.getByTestId('far-layer')).toHaveCount(0);
  await expect.poll(async () => (await stopRecording(page)).at(-1)?.[0]).toBeGreaterThan(20);
  const frames = await page.evaluate(
    () => (window as unknown as { __cards: { frames: [number, number][] } }).__cards.frames,
  );
  // React Flow mounts a node it knows no handles of wherever it is; cards bring theirs along.
  expect(Math.max(...frames.map(([, off]) => off))).toBe(0);
  // The cards coming on screen are staged (shared/layout/staging.ts), not built in one frame.
  const steps = frames.slice(1).map(([n], i) => n - frames[i]![0]);
  expect(Math.max(...steps)).toBeLessThanOrEqual(CARDS_PER_FRAME);
});
