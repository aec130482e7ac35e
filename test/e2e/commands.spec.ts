import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { CommandsPage } from './support/commandsPage';
import { expect, SHOTS, test as base, type Workspace } from './support/workspace';

/** Browser mode on a new project of this test's own. */
async function openProject(page: Page, workspace: Workspace): Promise<CommandsPage> {
  await workspace.serve(workspace.path('commands.wayline'));
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  await expect(page.locator('[data-testid="stage-column"]').first()).toBeVisible();
  return new CommandsPage(page);
}

/** `ui`: the test's own new project, open in browser mode. */
const test = base.extend<{ ui: CommandsPage }>({
  ui: async ({ page, workspace }, use) => {
    await use(await openProject(page, workspace));
  },
});

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

test('Ctrl+K opens the palette, which filters, shows disabled commands and runs one', async ({
  page,
  ui,
}) => {
  const journeyName = page.getByRole('textbox', { name: 'Journey name' });

  // Esc closes it and the focus goes back where it was.
  await journeyName.focus();
  await page.keyboard.press('Control+k');
  await expect(ui.palette).toBeVisible();
  await expect(ui.palette.getByRole('combobox', { name: 'Command' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ui.palette).toBeHidden();
  await expect(journeyName).toBeFocused();

  await ui.focusCanvas();
  await page.keyboard.press('Control+k');
  // Nothing was copied yet: paste is listed, but disabled.
  await expect(ui.palette.getByRole('option', { name: /Paste cards/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(ui.palette.getByRole('option', { name: /Undo/ })).toContainText('Ctrl+Z');
  await page.keyboard.type('adtch');
  const options = ui.palette.getByRole('option');
  await expect(options.first()).toContainText('Add touchpoint');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: join(SHOTS, 'commands-palette.png') });
  await page.keyboard.press('Enter');
  await expect(ui.palette).toBeHidden();
  await expect(ui.cards()).toHaveCount(1);

  // Arrow keys move through the list; Enter runs the one picked.
  await ui.focusCanvas();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('undo');
  await expect(options.first()).toContainText('Undo');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(ui.cards()).toHaveCount(0);
});

test('? shows every shortcut of the registry, grouped, and the help button too', async ({
  page,
  ui,
}) => {
  await ui.focusCanvas();
  await page.keyboard.press('?');
  await expect(ui.sheet).toBeVisible();
  for (const group of ['Edit', 'Cards', 'View', 'Help']) {
    await expect(ui.sheet.getByRole('region', { name: group })).toBeVisible();
  }
  const row = (id: string) => ui.sheet.locator(`[data-command="${id}"]`);
  await expect(row('copy')).toContainText('Copy cards');
  await expect(row('copy')).toContainText('Ctrl+C');
  await expect(row('redo').locator('kbd')).toHaveText(['Ctrl+Shift+Z', 'Ctrl+Y']);
  await expect(row('zoom-fit')).toContainText('Shift+1');
  await expect(row('nudge-right')).toContainText('Alt+→');
  await expect(ui.sheet.getByRole('region', { name: 'Edit' })).toContainText('Ctrl+D');
  expect(await ui.sheet.locator('.sheet-row').count()).toBeGreaterThanOrEqual(20);
  await page.screenshot({ path: join(SHOTS, 'commands-shortcuts-sheet.png') });
  await page.keyboard.press('Escape');
  await expect(ui.sheet).toBeHidden();

  // Typing "?" in a text field types it.
  const journeyName = page.getByRole('textbox', { name: 'Journey name' });
  await journeyName.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('?');
  await expect(ui.sheet).toBeHidden();
  await expect(journeyName).toHaveValue(/\?$/);

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(ui.sheet).toBeVisible();
  await ui.sheet.getByRole('button', { name: 'Close' }).click();
  await expect(ui.sheet).toBeHidden();
});

test('copy, paste and duplicate cards: one undo step each, and saved', async ({ page, ui }) => {
  await ui.addCardsWithKey('Sees an ad');
  await ui.selectCard('Sees an ad');

  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(ui.card('Sees an ad')).toHaveCount(2);
  // The pasted card is the one selected now, in the same stage.
  await expect(page.locator('.touchpoint-card.selected')).toHaveCount(1);
  await expect(ui.cards().nth(1)).toHaveAttribute('data-stage', 'Awareness');

  // Duplicate, undo it, redo it.
  for (const [key, count] of [
    ['Control+d', 3],
    ['Control+z', 2],
    ['Control+Shift+z', 3],
  ] as const) {
    await page.keyboard.press(key);
    await expect(ui.card('Sees an ad')).toHaveCount(count);
  }

  // Select all, then cut: the clipboard keeps them for a paste.
  await page.keyboard.press('Control+a');
  await expect(page.locator('.touchpoint-card.selected')).toHaveCount(3);
  await page.keyboard.press('Control+x');
  await expect(ui.cards()).toHaveCount(0);
  await page.keyboard.press('Control+v');
  await expect(ui.cards()).toHaveCount(3);
  await ui.expectSaved();

  await page.reload();
  await expect(ui.card('Sees an ad')).toHaveCount(3);
});

test('Alt+arrow keys move the selected card to the next stage and within its cell', async ({
  page,
  ui,
}) => {
  await ui.addCardsWithKey('First', 'Second');
  await ui.selectCard('Second');

  await page.keyboard.press('Alt+ArrowUp');
  await expect(ui.cards().locator('.card-title')).toHaveText(['Second', 'First']);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(ui.card('Second')).toHaveAttribute('data-stage', 'Discovery');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(ui.card('Second')).toHaveAttribute('data-stage', 'Attraction');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(ui.card('Second')).toHaveAttribute('data-stage', 'Discovery');
  await ui.expectSaved();

  await page.reload();
  await expect(ui.card('Second')).toHaveAttribute('data-stage', 'Discovery');
  await expect(ui.card('First')).toHaveAttribute('data-stage', 'Awareness');
});

test('Ctrl+F filters: matching cards highlighted, the rest dimmed, with a count', async ({
  page,
  ui,
}) => {
  await ui.addCardsWithKey('Compares prices', 'Reads reviews', 'Sees an ad');
  await ui.focusCanvas();

  await page.keyboard.press('Control+f');
  const text = page.getByRole('searchbox', { name: 'Search text' });
  await expect(text).toBeFocused();
  await expect(ui.filterCount).toHaveText('3 of 3 touchpoints');
  await text.fill('price');
  await expect(ui.filterCount).toHaveText('1 of 3 touchpoints');
  await expect(ui.card('Compares prices')).toHaveClass(/filter-match/);
  await expect(ui.card('Reads reviews')).toHaveClass(/filter-dim/);
  await expect(ui.card('Sees an ad')).toHaveClass(/filter-dim/);
  await page.screenshot({ path: join(SHOTS, 'commands-search.png') });

  // Emotion narrows too: new cards are not rated, so any chosen emotion leaves none.
  const emotion = (word: string) =>
    page.getByRole('group', { name: 'Emotion' }).getByRole('button', { name: word }).click();
  await emotion('Neutral');
  await expect(ui.filterCount).toHaveText('0 of 3 touchpoints');
  await emotion('Neutral');
  await expect(ui.filterCount).toHaveText('1 of 3 touchpoints');
  await text.fill('');
  await emotion('Very negative');
  await expect(ui.filterCount).toHaveText('0 of 3 touchpoints');

  await text.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.locator('.filter-dim, .filter-match')).toHaveCount(0);
});

test('the search looks through every lane and counts touchpoints and notes apart', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Search');
  const ui = new CommandsPage(page);
  await ui.focusCanvas();
  await page.keyboard.press('Control+f');
  await expect(ui.filterCount).toHaveText(/^\d+ of \d+ touchpoints, \d+ of \d+ notes$/);
  const all = await ui.filterCount.textContent();
  await page.getByRole('searchbox', { name: 'Search text' }).fill('policy');
  await expect(ui.filterCount).not.toHaveText(all ?? '');
  // A pain point that matches stands out like a touchpoint; one that does not steps back.
  await expect(editor.note('Policy is a 40-page PDF')).toHaveClass(/filter-match/);
  await expect(editor.note('Gets the meeting invite')).toHaveClass(/filter-dim/);
  await expect(editor.card('Reads the travel policy')).toHaveClass(/filter-match/);
  const [touchpoints, notes] = (await ui.filterCount.textContent())!.split(', ');
  expect(touchpoints).toMatch(/^[1-9]\d* of \d+ touchpoints$/);
  expect(notes).toMatch(/^[1-9]\d* of \d+ notes$/);
  await page.screenshot({ path: join(SHOTS, 'search-every-lane.png') });
});

test('the dark theme applies at once and is remembered across a reload', async ({
  page,
  workspace,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const ui = await openProject(page, workspace);
  await ui.addCardsWithKey('Sees an ad');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const theme = page.getByRole('radiogroup', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'System' })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  await theme.getByRole('radio', { name: 'Dark' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const surface = () =>
    page.locator('.topbar').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await surface()).toBe('rgb(28, 33, 48)');
  await page.screenshot({ path: join(SHOTS, 'commands-dark-theme.png') });

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(theme.getByRole('radio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');

  // The shortcut switches back; "System" follows the system's setting.
  await ui.focusCanvas();
  await page.keyboard.press('Control+Shift+l');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await theme.getByRole('radio', { name: 'System' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
});
