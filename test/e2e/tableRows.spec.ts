import { join } from 'node:path';
import { cellTouchpoints } from '../../shared/model/doc';
import { TablePage } from './support/tablePage';
import { expect, SHOTS, test } from './support/workspace';

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

const FIRST = 'Gets the meeting invite';

test('the table adds rows by keyboard below the active one and deletes them, undo brings one back', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Rows');
  const table = new TablePage(page);
  await table.open();
  await expect(table.count).toHaveText('31 rows');
  await table.grid.focus();
  await expect(await table.activeCell()).toHaveText(FIRST);
  const second = (await table.columnTexts('title'))[1]!;

  // Ctrl+Enter adds a row below and edits its title; Ctrl+Enter in the title adds the next.
  await page.keyboard.press('Control+Enter');
  const title = table.grid.getByRole('textbox', { name: 'Title, editing' });
  await expect(title).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Row added in Plan' })).toBeVisible();
  await page.keyboard.type('Checks the calendar');
  await page.keyboard.press('Control+Enter');
  await expect(title).toBeFocused();
  await page.keyboard.type('Books the train');
  await page.keyboard.press('Enter');
  await expect(table.grid).toBeFocused();
  await expect(table.count).toHaveText('33 rows');
  await expect(table.grid).toHaveAttribute('aria-rowcount', '34');
  const added = [FIRST, 'Checks the calendar', 'Books the train', second];
  expect((await table.columnTexts('title')).slice(0, 4)).toEqual(added);
  await page.screenshot({ path: join(SHOTS, 'table-rows-added.png') });

  // On the map, below the first card in its stage and lane (Plan, Customer actions: notes).
  await table.showMap();
  for (const name of ['Checks the calendar', 'Books the train']) {
    await page.keyboard.press('Control+g');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(editor.note(name)).toBeVisible();
  }
  const tops = await Promise.all(
    [FIRST, 'Checks the calendar', 'Books the train'].map(
      async (name) => (await editor.note(name).boundingBox())!.y,
    ),
  );
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  await page.screenshot({ path: join(SHOTS, 'table-rows-on-map.png') });
  await page.keyboard.press('Escape');

  // Saved: a reload shows them, in order.
  await page.reload();
  await table.open();
  await expect(table.count).toHaveText('33 rows');
  expect((await table.columnTexts('title')).slice(0, 4)).toEqual(added);

  // Ctrl+Delete deletes the active row; the cursor goes to the next one. Undo brings it back.
  await table.grid.focus();
  await page.keyboard.press('ArrowDown');
  await expect(await table.activeCell()).toHaveText('Checks the calendar');
  await page.keyboard.press('Control+Delete');
  await expect(table.count).toHaveText('32 rows');
  await expect(table.grid).toBeFocused();
  await expect(await table.activeCell()).toHaveText('Books the train');
  await page.keyboard.press('Control+z');
  await expect(table.count).toHaveText('33 rows');
  expect((await table.columnTexts('title')).slice(0, 4)).toEqual(added);

  // The cursor stayed on the row it went to. The toolbar's button deletes too, and Delete
  // alone only empties a cell.
  await expect(await table.activeCell()).toHaveText('Books the train');
  await page.getByRole('button', { name: 'Delete row' }).click();
  await expect(table.count).toHaveText('32 rows');
  await expect(table.grid).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(table.count).toHaveText('32 rows');
  await page.keyboard.press('Control+z');
  await expect(await table.activeCell()).toHaveText(second);

  // The file has the kept card just after the first one in its cell.
  const doc = await workspace.savedDoc('Rows.wayline');
  const first = Object.values(doc.touchpoints).find((t) => t.title === FIRST)!;
  const cell = cellTouchpoints(doc, first.stageId, first.laneId).map((t) => t.title);
  expect(cell.slice(cell.indexOf(FIRST), cell.indexOf(FIRST) + 2)).toEqual([
    FIRST,
    'Checks the calendar',
  ]);
  expect(cell).not.toContain('Books the train');
});
