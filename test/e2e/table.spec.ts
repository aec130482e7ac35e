import { join } from 'node:path';
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
  await editor.fitView();
  await expect(editor.card('Reads the travel policy \\(PDF\\)')).toBeVisible();
  await expect(editor.card('Compares loyalty points')).toBeVisible();
  await expect(editor.card('Orders room service')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(editor.card('Compares loyalty points')).toHaveCount(0);
  await table.open();
  await expect(table.count).toHaveText('31 rows');
});

test('the table in the dark theme, and a 2,000-card journey stays quick', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['hotel-example'], 'Dark');
  const table = new TablePage(page);
  await page.keyboard.press('Control+Shift+L');
  await table.open();
  await table.grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: join(SHOTS, 'table-dark.png') });
});
