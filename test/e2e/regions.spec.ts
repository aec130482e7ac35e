import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import type { EditorPage } from './support/editorPage';
import { expect, SHOTS, test as base } from './support/workspace';

/** A customer-lifecycle journey with two touchpoints, the second selected in the inspector. */
const test = base.extend<{ editor: EditorPage }>({
  editor: async ({ workspace }, use) => {
    const editor = await workspace.serveSeeded(['lifecycle']);
    await editor.addUnratedTouchpoint('Awareness', 'Sees an ad');
    await editor.addUnratedTouchpoint('Discovery', 'Reads reviews');
    await editor.expectSaved();
    await use(editor);
  },
});

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

/** The map's node of a card: the element that takes the keyboard focus. */
const node = (editor: EditorPage, title: string) =>
  editor.page.locator('.react-flow__node[data-kb^="card:"]', { has: editor.card(title) });

/** The region the focus is in, and the focused element's accessible name or key on the map. */
function focusIn(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const regions: [string, string][] = [
      ['toolbar', '.topbar'],
      ['sidebar', '.journey-sidebar'],
      ['table', '[role="grid"]'],
      ['map', '.react-flow'],
      ['inspector', '.inspector'],
    ];
    const region = regions.find(([, selector]) => el?.closest(selector))?.[0] ?? 'none';
    const name = el?.dataset.kb ?? el?.getAttribute('aria-label') ?? el?.textContent?.trim();
    return { region, name: name ?? '' };
  });
}

test('F6 and Shift+F6 move the focus round the regions, from a text field too', async ({
  page,
  editor,
}) => {
  // The new card's Title field has the focus: F6 leaves it, typing nothing into it.
  await expect(editor.title).toBeFocused();
  await page.keyboard.press('F6');
  expect(await focusIn(page)).toEqual({ region: 'toolbar', name: 'Map' });
  await expect(editor.card('Reads reviews')).toHaveCount(1);

  await page.keyboard.press('F6');
  expect(await focusIn(page)).toMatchObject({ region: 'sidebar' });
  await expect(page.locator('.journey-sidebar [aria-current="page"]')).toBeFocused();

  // The map: on the selected card.
  await page.keyboard.press('F6');
  const selectedCard = node(editor, 'Reads reviews');
  await expect(selectedCard).toBeFocused();
  await expect(selectedCard).toHaveClass(/selected/);

  // The inspector: its first field, the card's title.
  await page.keyboard.press('F6');
  await expect(editor.title).toBeFocused();
  await expect(editor.title).toHaveValue('Reads reviews');
  await page.keyboard.press('F6');
  expect(await focusIn(page)).toEqual({ region: 'toolbar', name: 'Map' });

  // Back the other way.
  await page.keyboard.press('Shift+F6');
  await expect(editor.title).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(selectedCard).toBeFocused();
  await page.keyboard.press('Shift+F6');
  expect(await focusIn(page)).toMatchObject({ region: 'sidebar' });
  await page.keyboard.press('Shift+F6');
  expect(await focusIn(page)).toMatchObject({ region: 'toolbar' });

  // Nothing selected: the map's first card. Folded panels are skipped.
  await page.getByRole('button', { name: 'Hide journeys' }).click();
  await page.getByRole('button', { name: 'Hide inspector' }).click();
  // Escape on the inspector's fold button goes back to the card; a second clears the selection.
  await page.keyboard.press('Escape');
  await expect(node(editor, 'Reads reviews')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await page.keyboard.press('F6');
  expect(await focusIn(page)).toMatchObject({ region: 'toolbar' });
  await page.keyboard.press('F6');
  await expect(node(editor, 'Sees an ad')).toBeFocused();
  await page.keyboard.press('F6');
  expect(await focusIn(page)).toMatchObject({ region: 'toolbar' });
  await page.keyboard.press('Shift+F6');
  await expect(node(editor, 'Sees an ad')).toBeFocused();

  // The shortcuts sheet lists them, from the registry.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.locator('[data-command="next-region"]')).toHaveText(/Next region\s*F6/);
  await expect(sheet.locator('[data-command="previous-region"]')).toHaveText(
    /Previous region\s*Shift\+F6/,
  );
  await expect(sheet.locator('[data-command="card-menu"]')).toContainText('Shift+F10');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // From the palette: the palette gives the focus back (the map), and it moves on from there.
  await expect(node(editor, 'Sees an ad')).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Next region');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focusIn(page)).region).toBe('toolbar');

  // Two cards selected stay selected when F6 lands on the map.
  await editor.card('Sees an ad').click();
  await editor.card('Reads reviews').click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.getByRole('button', { name: 'Map', exact: true }).focus();
  await page.keyboard.press('F6');
  await expect(node(editor, 'Sees an ad')).toBeFocused();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
});

test('in the table view F6 goes to the grid in the map’s place', async ({ page, editor }) => {
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  await editor.title.focus();
  await page.keyboard.press('F6');
  expect(await focusIn(page)).toMatchObject({ region: 'toolbar' });
  await page.keyboard.press('F6');
  expect(await focusIn(page)).toMatchObject({ region: 'sidebar' });
  await page.keyboard.press('F6');
  await expect(grid).toBeFocused();
  await page.keyboard.press('F6');
  expect(await focusIn(page)).toMatchObject({ region: 'inspector' });
  await page.keyboard.press('Shift+F6');
  await expect(grid).toBeFocused();
});

test('a right-click on a card offers "Connect to…", which draws an arrow to the card picked', async ({
  page,
  editor,
}) => {
  const from = editor.card('Sees an ad');
  await from.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Card: Sees an ad' });
  await expect(menu).toBeVisible();
  const items = menu.getByRole('menuitem');
  await expect(items).toHaveText([
    /^Connect to…/,
    /^Copy cards/,
    /^Cut cards/,
    /^Duplicate cards/,
    /^Delete selection/,
  ]);
  await expect(items.first()).toBeFocused();
  // The right-clicked card is what the menu acts on.
  await expect(editor.title).toHaveValue('Sees an ad');
  expect(await seriousViolations(page, 'card menu', '.card-menu')).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'card-context-menu-light.png') });

  // Arrows move, Escape closes it and leaves the focus on the card.
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.nth(4)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(node(editor, 'Sees an ad')).toBeFocused();
  await expect(editor.cards()).toHaveCount(2);

  await from.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Connect to…' }).click();
  const picker = page.getByRole('dialog', { name: /Connect “Sees an ad” to/ });
  await expect(picker).toBeVisible();
  await picker.getByRole('option', { name: /Reads reviews/ }).click();
  await expect(picker).toBeHidden();
  const edge = page.getByRole('group', { name: 'Connection from Sees an ad to Reads reviews' });
  await expect(edge).toHaveCount(1);
  await editor.expectSaved();
  await page.reload();
  await expect(edge).toHaveCount(1);
});

test('Shift+F10 and the Menu key open the menu of the card with the focus', async ({
  page,
  editor,
}) => {
  // F6 from the inspector's title: toolbar, sidebar, then the map on the selected card.
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(node(editor, 'Reads reviews')).toBeFocused();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Card: Reads reviews' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(node(editor, 'Reads reviews')).toBeFocused();

  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  // Duplicate, from the menu by keyboard: a copy of the card, and the focus back on the map.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Duplicate cards' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(editor.cards()).toHaveCount(3);
  await expect(page.locator('.react-flow__node[data-kb^="card:"]:focus')).toHaveCount(1);

  // From the palette too, on the card the palette gives the focus back to.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Card menu');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu').getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page, 'card menu dark', '.card-menu')).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'card-context-menu-dark.png') });
});
