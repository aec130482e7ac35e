import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { SidebarPage } from './support/sidebarPage';
import { expect, SHOTS, test } from './support/workspace';

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

/** Every button of the top bar on one line, none of them wrapped inside. */
async function expectToolbarOnOneLine(page: Page): Promise<void> {
  const boxes = await page
    .locator('.topbar button:visible')
    .evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => [r.top, r.height]),
    );
  expect(boxes.length).toBeGreaterThan(8);
  for (const [top, height] of boxes) {
    expect(height).toBeLessThanOrEqual(34);
    expect(Math.abs(top! - boxes[0]![0]!)).toBeLessThanOrEqual(2);
  }
  expect((await page.locator('.topbar').boundingBox())!.height).toBeLessThanOrEqual(53);
}

test('the toolbar never wraps: one line at 1280 px and wider, a More menu below', async ({
  page,
  workspace,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await workspace.serveSeeded(['hotel-example'], 'A project with a rather long name indeed');
  await expectToolbarOnOneLine(page);
  // Below 1440 px the less used buttons wait in More, so the names keep room to be read.
  await expect(page.getByRole('button', { name: 'Import' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'More ▾' })).toBeVisible();
  // A long journey name ends in an ellipsis rather than pushing the buttons.
  const name = page.getByRole('textbox', { name: 'Journey name' });
  await expect(name).toHaveCSS('text-overflow', 'ellipsis');
  expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect((await name.boundingBox())!.width).toBeGreaterThan(100);
  await page.screenshot({
    path: join(SHOTS, 'toolbar-1280.png'),
    clip: { x: 0, y: 0, width: 1280, height: 60 },
  });

  // From 1680 px every button shows; at 1440 px Backlog, Sources and Room wait in More.
  await page.setViewportSize({ width: 1680, height: 900 });
  await expectToolbarOnOneLine(page);
  await expect(page.getByRole('button', { name: 'Room' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'More ▾' })).toBeHidden();
  expect((await name.boundingBox())!.width).toBeGreaterThan(100);
  await page.screenshot({
    path: join(SHOTS, 'toolbar-1680.png'),
    clip: { x: 0, y: 0, width: 1680, height: 60 },
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectToolbarOnOneLine(page);
  await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Room', exact: true })).toBeHidden();
  expect((await name.boundingBox())!.width).toBeGreaterThan(80);
  await page.getByRole('button', { name: 'More ▾' }).click();
  await expect(page.getByRole('menu', { name: 'More' }).getByRole('menuitem')).toHaveText([
    'Backlog',
    'Research sources',
    'Room',
  ]);
  await expect(page.getByRole('menuitem', { name: 'Backlog' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.screenshot({
    path: join(SHOTS, 'toolbar-1440.png'),
    clip: { x: 0, y: 0, width: 1440, height: 60 },
  });

  // Narrower: the less used buttons move into More, and the bar still keeps to one line.
  await page.setViewportSize({ width: 1100, height: 800 });
  await expectToolbarOnOneLine(page);
  await expect(page.getByRole('button', { name: 'Import' })).toBeHidden();
  await page.getByRole('button', { name: 'More ▾' }).click();
  const menu = page.getByRole('menu', { name: 'More' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Insights',
    'Backlog',
    'Research sources',
    'Import',
    'Export',
    'Room',
  ]);
  await page.screenshot({
    path: join(SHOTS, 'toolbar-1100-more.png'),
    clip: { x: 0, y: 0, width: 1100, height: 200 },
  });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.getByRole('button', { name: 'More ▾' }).click();
  await menu.getByRole('menuitem', { name: 'Insights' }).click();
  await expect(menu).toBeHidden();
  await expect(page.getByRole('dialog', { name: /Insights/ })).toBeVisible();
});

test('current and future journeys look different in the sidebar', async ({ page, workspace }) => {
  await workspace.serveSeeded(['hotel-example'], 'States');
  const sidebar = new SidebarPage(page);
  const current = 'Booking a hotel for a business trip';
  await sidebar.action(current, 'Create future state');
  const future = `${current} (future state)`;
  await sidebar.expectShown(future);
  // The whole name shows, over two lines if need be, so the two are not the same "Booking a…".
  const futureName = sidebar.item(future).locator('.journey-name-text');
  expect(await futureName.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  // And they are marked apart: a filled badge and an accent bar for the future state.
  const look = (name: string) =>
    sidebar.item(name).evaluate((el) => {
      const badge = el.querySelector('.state-badge')!;
      return [getComputedStyle(el).boxShadow, getComputedStyle(badge).backgroundColor].join(' | ');
    });
  expect(await look(future)).not.toBe(await look(current));
  await expect(sidebar.item(future).locator('.state-badge')).toHaveText('Future');
  await expect(sidebar.item(current).locator('.state-badge')).toHaveText('Current');
  await page.screenshot({
    path: join(SHOTS, 'sidebar-current-future.png'),
    clip: { x: 0, y: 0, width: 260, height: 300 },
  });
});

test('the inspector can be collapsed to give the canvas room, and brought back', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['hotel-example'], 'Room');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const canvas = page.getByTestId('journey-canvas');
  const wide = (await canvas.boundingBox())!.width;
  await inspector.getByRole('button', { name: 'Hide inspector' }).click();
  await expect(inspector.getByRole('button', { name: 'Show inspector' })).toBeFocused();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(wide + 200);
  await expect(inspector).not.toContainText('Add lane');
  await page.screenshot({ path: join(SHOTS, 'inspector-collapsed.png') });
  await inspector.getByRole('button', { name: 'Show inspector' }).click();
  await expect(inspector).toContainText('Add lane');
  await expect(inspector.getByRole('button', { name: 'Hide inspector' })).toBeVisible();
});

test('the minimap never covers the emotion curve', async ({ page, workspace }) => {
  await workspace.serveSeeded(['hotel-example'], 'Curve');
  const minimap = page.locator('.react-flow__minimap');
  const curve = page.getByTestId('emotion-curve');
  const expectClear = async () => {
    const c = (await curve.boundingBox())!;
    const view = (await page.getByTestId('journey-canvas').boundingBox())!;
    // Only the part of the curve inside the canvas can be covered.
    const band = {
      top: Math.max(c.y, view.y),
      bottom: Math.min(c.y + c.height, view.y + view.height),
    };
    if ((await minimap.count()) === 0) return;
    const m = (await minimap.boundingBox())!;
    const apart = m.y >= band.bottom || m.y + m.height <= band.top || m.x >= c.x + c.width;
    expect(apart, `minimap ${JSON.stringify(m)} over curve ${JSON.stringify(c)}`).toBe(true);
  };
  await expectClear();
  // Pan the map so the curve runs along the bottom, then along the top, of the canvas.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  for (const dy of [120, -420]) {
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 40, box.y + box.height / 2 + dy, { steps: 6 });
    await page.mouse.up();
    await expectClear();
  }
  await page.screenshot({ path: join(SHOTS, 'minimap-clear-of-curve.png') });
});

test('one card is "1 card", not "1 cards"', async ({ page, workspace }) => {
  const editor = await workspace.serveSeeded(['lifecycle'], 'Counts');
  await editor.addTouchpoint('Awareness', 'Sees an ad', 'Positive', 2);
  await editor.expectSaved();
  await expect(
    page.getByRole('button', { name: 'Lane Touchpoints, 1 card', exact: true }),
  ).toBeVisible();
  await expect(
    page.locator('.react-flow__node[aria-label="Stage 1: Awareness, 1 card"]'),
  ).toHaveCount(1);
  await expect(
    page.getByRole('img', { name: /^Emotion curve through 1 touchpoint, 0 low points$/ }),
  ).toBeVisible();
  await expect(editor.stage('Awareness')).toContainText('1 card');
  await expect(editor.stage('Awareness')).not.toContainText('1 cards');
});
