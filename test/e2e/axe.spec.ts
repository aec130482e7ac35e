import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { seriousViolations } from './support/axe';
import { KeyboardPage } from './support/keyboardPage';
import { SidebarPage } from './support/sidebarPage';
import { expect, SHOTS, test, type Workspace } from './support/workspace';
import { toolbarCommand } from './support/toolbar';

/** A close-up of the focused element and its ring, for a person to look at. */
async function shootFocus(page: Page, name: string): Promise<void> {
  const box = await page.locator(':focus').boundingBox();
  if (!box) throw new Error('nothing has the focus');
  const pad = 20;
  await page.screenshot({
    path: join(SHOTS, name),
    clip: {
      x: box.x - pad,
      y: box.y - pad,
      width: box.width + 2 * pad,
      height: box.height + 2 * pad,
    },
  });
}

/** A project with the worked example, in `theme`, with the keyboard helper. */
async function openInTheme(page: Page, workspace: Workspace, theme: string) {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Axe');
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: theme }).click();
  return { editor, kb: new KeyboardPage(page) };
}

for (const theme of ['Light', 'Dark'] as const) {
  const lower = theme.toLowerCase();

  test(`axe: nothing serious on the map, sidebar and inspector, ${lower} theme`, async ({
    page,
    workspace,
  }) => {
    test.setTimeout(240_000);
    const { editor, kb } = await openInTheme(page, workspace, theme);
    const found: string[] = [];
    const scan = async (where: string) => found.push(...(await seriousViolations(page, where)));
    // The inspector for each kind of selection, reached by keyboard.
    await kb.tabIntoMap();
    await kb.expectOnMap('card', /./);
    await page.screenshot({ path: join(SHOTS, `keyboard-focus-card-${lower}.png`) });
    await shootFocus(page, `keyboard-focus-ring-card-${lower}.png`);
    await scan('card inspector');
    await kb.pressUntil('ArrowUp', (f) => f.kb?.startsWith('stage:') ?? false);
    await page.screenshot({ path: join(SHOTS, `keyboard-focus-stage-${lower}.png`) });
    await shootFocus(page, `keyboard-focus-ring-stage-${lower}.png`);
    // The ring outside the map too: Enter on the header goes to its name in the inspector.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
    await shootFocus(page, `keyboard-focus-ring-field-${lower}.png`);
    await page.keyboard.press('Escape');
    await kb.expectOnMap('stage', /Stage 1/);
    await scan('stage inspector');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await kb.expectOnMap('lane', /Lane/);
    await page.screenshot({ path: join(SHOTS, `keyboard-focus-lane-${lower}.png`) });
    await shootFocus(page, `keyboard-focus-ring-lane-${lower}.png`);
    await scan('lane inspector');
    await page.locator('.react-flow__edge').first().click({ force: true });
    await scan('connection inspector');
    await editor.expectSaved();
    expect(found).toEqual([]);
  });

  test(`axe: nothing serious in the dialogs, palette, pickers, insights and personas, ${lower} theme`, async ({
    page,
    workspace,
  }) => {
    test.setTimeout(240_000);
    const { kb } = await openInTheme(page, workspace, theme);
    const found: string[] = [];
    const modal = (name: string | RegExp) => page.getByRole('dialog', { name });
    // The page behind was scanned above: each panel on its own.
    const scanModal = async (name: string | RegExp, where: string) => {
      await expect(modal(name)).toBeVisible();
      found.push(...(await seriousViolations(page, where, 'dialog[open]')));
      await page.keyboard.press('Escape');
      await expect(modal(name)).toBeHidden();
    };
    for (const [key, name] of [
      ['Control+k', 'Command palette'],
      ['?', 'Keyboard shortcuts'],
      ['Control+e', 'Export'],
      ['Control+i', 'Import'],
    ] as const) {
      await kb.tabIntoMap();
      await page.keyboard.press(key);
      await scanModal(name, name);
    }
    // The pickers of "Connect to…" and "Add card to lane…".
    await kb.tabIntoMap();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+l');
    await expect(modal(/Connect/)).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `keyboard-connect-picker-${lower}.png`) });
    await scanModal(/Connect/, 'connect picker');
    await page.keyboard.press('Alt+n');
    await scanModal(/Add a card/, 'lane picker');
    await page.getByRole('button', { name: 'Insights' }).click();
    await scanModal('Insights', 'insights');
    await new SidebarPage(page).openPersonas();
    await scanModal('Personas', 'personas');
    // Research sources: the panel with a source in it, and a card's quotes with the form open.
    await toolbarCommand(page, 'Sources', 'Research sources');
    await modal('Research sources').getByRole('button', { name: '+ New source' }).click();
    await page.getByRole('textbox', { name: 'Source name' }).fill('Guest interviews');
    await page.getByRole('button', { name: 'Add source' }).click();
    await scanModal('Research sources', 'research sources');
    await page.getByTestId('touchpoint-card').first().click();
    const evidence = page.getByTestId('card-evidence');
    await evidence.getByRole('button', { name: '+ Add quote' }).click();
    await evidence.getByRole('textbox', { name: 'Words' }).fill('It took ages');
    await evidence.getByRole('button', { name: 'Add quote', exact: true }).click();
    await evidence.getByRole('button', { name: 'Edit quote 1' }).click();
    found.push(...(await seriousViolations(page, 'quotes', '[data-testid="card-evidence"]')));
    // "Save view…" (the presenter view itself is scanned in presenter.spec.ts).
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Save view');
    await page.keyboard.press('Enter');
    await scanModal('Save view', 'save view');
    expect(found).toEqual([]);
  });
}
