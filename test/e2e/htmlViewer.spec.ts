import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runWayline } from './support/cli';
import { makeTempDir } from './support/server';
import { SHOTS } from './support/workspace';

// The one-file HTML viewer, as someone without Wayline opens it: from disk, with the network
// cut. Made by the command line from the worked example.

let dir: ReturnType<typeof makeTempDir>;
test.beforeEach(() => {
  dir = makeTempDir();
});
test.afterEach(() => dir.remove());

function wayline(...args: string[]) {
  const run = runWayline(dir.path, {}, args);
  expect(run.code, run.err).toBe(0);
}

/** Opens the file with every request but the file itself refused and counted. */
async function openOffline(page: Page, file: string) {
  const address = pathToFileURL(file).href;
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === address) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(address);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  return { refused, errors };
}

/** The worked example's current state as one HTML file, made by the command line; its path. */
function exportWorkedExample(): string {
  wayline('new', 'hotel.wayline', '--template', 'hotel');
  wayline(
    'export',
    'hotel.wayline',
    '--journey',
    'Booking a hotel for a business trip',
    '--format',
    'html',
    '--out',
    'hotel.html',
  );
  return join(dir.path, 'hotel.html');
}

const viewBox = (page: Page) => page.locator('#viewport > svg').getAttribute('viewBox');

test('the worked example opens from disk with no network: pan, zoom, search, details, persona, insights, presentation', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const file = exportWorkedExample();
  expect(statSync(file).size).toBeLessThan(3 * 1024 * 1024);
  const { refused, errors } = await openOffline(page, file);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Booking a hotel for a business trip',
  );
  const cards = page.locator('#viewport .viewer-card');
  await expect(cards).toHaveCount(31);
  await expect(page.locator('#count')).toHaveText('31 cards');
  await page.screenshot({ path: join(SHOTS, 'html-viewer.png') });

  // Zoom in with the button and the wheel, pan by dragging, fit again.
  const fitted = await viewBox(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await viewBox(page);
  expect(zoomed).not.toBe(fitted);
  const width = (box: string | null) => Number(box?.split(' ')[2]);
  expect(width(zoomed)).toBeLessThan(width(fitted));
  await page.mouse.move(700, 500);
  await page.mouse.wheel(0, -400);
  expect(width(await viewBox(page))).toBeLessThan(width(zoomed));
  const beforePan = (await viewBox(page))?.split(' ').map(Number) ?? [];
  await page.mouse.move(700, 500);
  await page.mouse.down();
  await page.mouse.move(600, 450, { steps: 5 });
  await page.mouse.up();
  const afterPan = (await viewBox(page))?.split(' ').map(Number) ?? [];
  expect(afterPan[0]).toBeGreaterThan(beforePan[0]!);
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await expect.poll(() => viewBox(page)).toBe(fitted);

  // Search dims what does not match and counts what does; the lane filter narrows it.
  // "fee" is in a touchpoint, a pain point and a thought; "Fee shown late" labels an arrow.
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('fee');
  await expect(page.locator('#count')).toHaveText(/^\d+ of 31 cards$/);
  const matching = Number((await page.locator('#count').textContent())?.split(' ')[0]);
  expect(matching).toBeGreaterThanOrEqual(3);
  await expect(page.locator('#viewport .viewer-card:not(.dimmed)')).toHaveCount(matching);
  const card = (title: string) => page.getByRole('button', { name: new RegExp(`^${title}`) });
  await expect(card('Surprise resort fee at checkout')).not.toHaveClass(/dimmed/);
  await expect(card('Reads the travel policy')).toHaveClass(/dimmed/);
  await page.getByRole('combobox', { name: 'Show lane' }).selectOption('Touchpoints');
  await expect(page.locator('#count')).toHaveText('1 of 31 cards');
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('');
  await page.getByRole('combobox', { name: 'Show lane' }).selectOption('');
  await expect(page.locator('#viewport g.dimmed')).toHaveCount(0);

  // A card's details on click, as the inspector labels them.
  await card('Surprise resort fee at checkout').click();
  const details = page.locator('#details');
  await expect(details.getByRole('heading')).toHaveText('Surprise resort fee at checkout');
  await expect(details).toContainText('Very negative');
  await expect(details).toContainText('Moment of truth');
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();

  // Persona and insights.
  await page.getByRole('button', { name: 'Persona' }).click();
  await expect(page.locator('#persona-panel')).toContainText('Maya Okafor');
  await page.getByRole('button', { name: 'Insights' }).click();
  await expect(page.locator('#persona-panel')).toBeHidden();
  await expect(page.locator('#insights-panel')).toContainText('Journey health');
  await page.keyboard.press('Escape');
  await expect(page.locator('#insights-panel')).toBeHidden();

  // Presentation steps through the stages; the others step back.
  await page.getByRole('button', { name: 'Present' }).click();
  const bar = page.getByRole('region', { name: 'Presentation' });
  await expect(bar).toContainText('Plan');
  await expect(bar).toContainText('1 / 5');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Search');
  await expect(page.locator('#viewport g.stage:not(.elsewhere)')).toHaveAttribute(
    'data-stage-name',
    'Search',
  );
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(SHOTS, 'html-viewer-present.png') });
  await page.keyboard.press('End');
  await expect(bar).toContainText('5 / 5');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.locator('#viewport .elsewhere')).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
});

test('Tab reaches every card, and the view follows the focus to cards out of view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openOffline(page, exportWorkedExample());
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const last = page.locator('#viewport .viewer-card').last();
  await last.focus();
  await expect(last).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#details')).toBeVisible();
});
