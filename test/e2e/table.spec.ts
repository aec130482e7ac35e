import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateNKeysBetween } from 'fractional-indexing';
import { join } from 'node:path';
import { createProjectStore } from '../../electron/backend/projectStore';
import { journeyList } from '../../shared/model/doc';
import { makeTouchpoint } from '../../shared/model/factories';
import { journeyFromTemplate } from '../../shared/model/templates';
import { TablePage } from './support/tablePage';
import { expect, SHOTS, test } from './support/workspace';

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

const TSV_WITH_A_BAD_ROW = [
  'Stage\tLane\tTitle\tEmotion\tEffort',
  'Book\tTouchpoints\tCompares loyalty points\t1\t2',
  'Book\tTouchpoints\tCalls the hotel\t7\t3',
  'Stay\tTouchpoints\tOrders room service\t0\t',
].join('\r\n');

test('the table edits a journey by keyboard, sorts, filters, takes pasted rows, and the map follows', async ({
  page,
  context,
  workspace,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const editor = await workspace.serveSeeded(['hotel-example'], 'Table');
  const table = new TablePage(page);
  await table.open();
  await expect(table.count).toHaveText('31 rows');
  await expect(table.grid).toHaveAttribute('aria-rowcount', '32');
  await page.screenshot({ path: join(SHOTS, 'table-light.png') });

  // The active cell starts on the first card's title; arrows move it, F2 edits, Enter commits
  // and moves down.
  await table.grid.focus();
  await expect(await table.activeCell()).toHaveText('Gets the meeting invite');
  await page.keyboard.press('ArrowDown');
  await expect(await table.activeCell()).toHaveText('Reads the travel policy');
  await page.keyboard.press('F2');
  await page.keyboard.type(' (PDF)');
  await page.keyboard.press('Enter');
  await expect(await table.activeCell()).toHaveText('“What am I allowed to spend here?”');
  const titles = await table.columnTexts('title');
  expect(titles.slice(0, 3)).toEqual([
    'Gets the meeting invite',
    'Reads the travel policy (PDF)',
    '“What am I allowed to spend here?”',
  ]);
  // Typing replaces a cell; Escape leaves it as it was.
  await page.keyboard.type('Nothing');
  await page.keyboard.press('Escape');
  await expect(await table.activeCell()).toHaveText('“What am I allowed to spend here?”');

  // Emotion by its picker: typing "2" picks Very positive, Enter sets it; Delete clears effort.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const picker = page.getByRole('listbox', { name: 'Emotion: choose' });
  await expect(picker).toBeFocused();
  await expect(picker.getByRole('option', { selected: true })).toHaveText('Negative');
  await page.keyboard.type('2');
  await expect(picker.getByRole('option', { selected: true })).toHaveText('Very positive');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(table.grid).toBeFocused();
  expect((await table.columnTexts('emotion'))[1]).toBe('Very positive');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete');
  expect((await table.columnTexts('effort'))[1]).toBe('Not rated');
  // A note has no emotion: its cell says so and does not open.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'has no effort' })).toBeVisible();

  // Sorting: a header click, then the keyboard on the header row.
  await table.header('Emotion').click();
  await expect(table.header('Emotion')).toHaveAttribute('aria-sort', 'ascending');
  expect((await table.columnTexts('emotion')).slice(0, 2)).toEqual([
    'Very negative',
    'Very negative',
  ]);
  await table.grid.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(table.header('Effort')).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.header('Emotion')).toHaveAttribute('aria-sort', 'none');
  await page.keyboard.press('Enter');
  await expect(table.header('Effort')).toHaveAttribute('aria-sort', 'descending');
  expect((await table.columnTexts('effort'))[0]).toBe('6 · High');
  await page.keyboard.press('Enter');
  await expect(table.header('Effort')).toHaveAttribute('aria-sort', 'none');

  // Filtering: words in any cell, and by stage and emotion; the count says what is left.
  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('invoice');
  await expect(table.count).toHaveText('4 of 31 rows');
  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('');
  const filters = page.getByRole('search', { name: 'Filter the table' });
  await filters.getByLabel('Stage').selectOption({ label: 'Book' });
  await expect(table.count).toHaveText('7 of 31 rows');
  await filters.getByLabel('Emotion').selectOption({ label: 'Very negative' });
  await expect(table.count).toHaveText('1 of 31 rows');
  expect(await table.columnTexts('title')).toEqual(['Surprise resort fee at checkout']);
  await filters.getByLabel('Stage').selectOption({ label: 'Any' });
  await filters.getByLabel('Emotion').selectOption({ label: 'Any' });
  await expect(table.count).toHaveText('31 rows');

  // Rows pasted from a spreadsheet: the bad one is named by its row, the rest go in together.
  await table.paste(TSV_WITH_A_BAD_ROW);
  const review = page.getByRole('dialog', { name: 'Paste rows' });
  await expect(review).toBeVisible();
  await expect(review.getByTestId('import-rejected')).toHaveText(
    'Row 3: emotion "7" is not a whole number from -2 to 2',
  );
  await page.screenshot({ path: join(SHOTS, 'table-paste-review.png') });
  await review.getByRole('button', { name: 'Add 2 cards, skip 1 row' }).click();
  await expect(review).toBeHidden();
  await expect(table.count).toHaveText('33 rows');
  await expect(
    page.getByRole('status').filter({ hasText: 'Added 2 cards; 1 row left out.' }),
  ).toBeVisible();

  // Without a header, cells fill the columns from the active one: here Title, then Channel.
  await expect(table.grid).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await table.paste('Asks a colleague\tChat\n');
  await expect(table.count).toHaveText('34 rows');
  await expect(await table.activeCell()).toHaveText('Asks a colleague');

  // One undo takes one paste back.
  await page.keyboard.press('Control+z');
  await expect(table.count).toHaveText('33 rows');

  // The map shows what the table changed.
  await table.showMap();
  // The whole map fits only far out, where cards are shapes: go to each card instead.
  for (const title of [
    'Reads the travel policy (PDF)',
    'Compares loyalty points',
    'Orders room service',
  ]) {
    await page.keyboard.press('Control+g');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect(editor.card(title.replace(/[()]/g, '\\$&'))).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(editor.card('Compares loyalty points')).toHaveCount(0);
  await table.open();
  await expect(table.count).toHaveText('31 rows');
});

/** Axe finds nothing serious or critical in the table view (the grid, its toolbar and editors). */
async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).include('.table-view').analyze();
  expect(result.passes.length).toBeGreaterThan(5);
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('the table is accessible in both themes, with a visible focus ring', async ({
  page,
  workspace,
}) => {
  // Axe runs three times over a grid of 31 rows: slower than most tests on a busy machine.
  test.setTimeout(150_000);
  await workspace.serveSeeded(['hotel-example'], 'Themes');
  const table = new TablePage(page);
  await table.open();
  await table.grid.focus();
  await page.keyboard.press('ArrowDown');
  const ring = async () =>
    (await table.activeCell()).evaluate((el) => getComputedStyle(el).boxShadow);
  expect(await ring()).toContain('inset');
  await expectAccessible(page);
  // An open picker too.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox', { name: 'Emotion: choose' })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: join(SHOTS, 'table-picker-light.png') });
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await table.grid.focus();
  expect(await ring()).toContain('inset');
  await expectAccessible(page);
  await page.screenshot({ path: join(SHOTS, 'table-dark.png') });
});

/** A project with one journey of `count` touchpoints over five stages, written by the backend. */
function seedLargeJourney(path: string, count: number): void {
  const store = createProjectStore(path, 'Large');
  const starter = journeyList(store.doc).map((j) => j.id);
  const rows = journeyFromTemplate('five-stage', { orderKey: 'a0', personaOrderKey: 'a0' });
  const journeyId = rows.journeys![0]!.id;
  const lane = rows.lanes!.find((l) => l.kind === 'touchpoints')!;
  const stages = rows.stages!;
  const keys = generateNKeysBetween(null, null, count);
  const cards = keys.map((orderKey, i) => ({
    ...makeTouchpoint({
      id: `large-${i}`,
      journeyId,
      stageId: stages[i % stages.length]!.id,
      laneId: lane.id,
      title: `Card ${String(i).padStart(4, '0')}`,
      channel: i % 3 === 0 ? 'Email' : 'Website',
      emotion: (i % 5) - 2,
      effort: (i % 7) + 1,
    }),
    orderKey,
  }));
  store.apply([
    { type: 'deleteRows', ids: { journeys: starter } },
    { type: 'insertRows', rows: { ...rows, touchpoints: [...(rows.touchpoints ?? []), ...cards] } },
  ]);
  store.close();
}

test('a 2,000-card journey stays quick in the table: only rows in view are drawn', async ({
  page,
  workspace,
}) => {
  const file = workspace.path('large.wayline');
  seedLargeJourney(file, 2000);
  await workspace.serve(file);
  await expect(page.getByTestId('stage-column').first()).toBeVisible();
  const table = new TablePage(page);
  const timed = async (what: string, act: () => Promise<void>) => {
    const start = Date.now();
    await act();
    const ms = Date.now() - start;
    console.log(`table, 2,000 cards: ${what} in ${ms} ms`);
    return ms;
  };
  await timed('switch to the table', () => table.open());
  await expect(table.count).toHaveText('2,000 rows');
  expect(await table.rows().count()).toBeLessThan(60);

  await table.grid.focus();
  await timed('Ctrl+End to the last card', async () => {
    await page.keyboard.press('Control+End');
    await expect(await table.activeCell()).toHaveAttribute('data-column', 'tags');
  });
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await timed('edit a title and commit', async () => {
    await page.keyboard.type('Last card, renamed');
    await page.keyboard.press('Enter');
    await expect(table.grid.getByRole('gridcell', { name: 'Last card, renamed' })).toBeVisible();
  });
  await timed('sort 2,000 rows by title', async () => {
    await table.header('Title').click();
    await expect(table.header('Title')).toHaveAttribute('aria-sort', 'ascending');
    // A sort shows the top of the table; the renamed card is now last.
    await expect(async () => {
      expect((await table.columnTexts('title'))[0]).toBe('Card 0000');
    }).toPass();
  });
  await table.grid.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(await table.activeCell()).toHaveText('Last card, renamed');
  // In the page: a key press to the next painted frame, without Playwright's round trips.
  const perKey = await table.grid.evaluate(async (grid) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const start = performance.now();
    for (let i = 0; i < 20; i++) {
      grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
      await frame();
    }
    return (performance.now() - start) / 20;
  });
  console.log(`table, 2,000 cards: one arrow key to the next frame in ${perKey.toFixed(1)} ms`);
  expect(perKey).toBeLessThan(250);
  await timed('filter 2,000 rows', async () => {
    await page.getByRole('searchbox', { name: 'Filter rows' }).fill('card 0199');
    await expect(table.count).toHaveText('1 of 2,000 rows');
  });
  expect(await table.rows().count()).toBeLessThan(60);
});
