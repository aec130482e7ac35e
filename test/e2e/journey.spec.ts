import type { Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOMER_LIFECYCLE_STAGES } from '../../shared/model/templates';
import { EditorPage } from './support/editorPage';
import type { RunningServer } from './support/server';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

/** Browser mode opened on a project file of this test's own, as `npm run serve -- --project`. */
async function serveProject(
  page: Page,
  workspace: Workspace,
  file: string,
): Promise<{ editor: EditorPage; server: RunningServer }> {
  const server = await workspace.serve(workspace.path(file));
  const editor = new EditorPage(page);
  await expect(editor.stage('Awareness')).toBeVisible();
  return { editor, server };
}

async function createProject(page: Page, name: string, folder: string): Promise<EditorPage> {
  await page.getByLabel('Project name').fill(name);
  await page.getByLabel('Folder').fill(folder);
  await page.getByRole('button', { name: 'Create project' }).click();
  const editor = new EditorPage(page);
  await expect(editor.stage('Awareness')).toBeVisible();
  return editor;
}

test('a journey built in the browser survives a reload and a server restart', async ({
  page,
  workspace,
}) => {
  await workspace.serve();
  await expect(page.getByRole('heading', { name: 'Wayline' })).toBeVisible();

  const editor = await createProject(page, 'Checkout journey', workspace.folder);
  await editor.fitView();
  // A new project starts with the customer lifecycle template.
  await expect.poll(() => editor.stageNames()).toEqual(CUSTOMER_LIFECYCLE_STAGES);

  await editor.addTouchpoint('Awareness', 'Sees an ad on social media', 'Positive', 2);
  await editor.addTouchpoint('Discovery', 'Compares prices', 'Negative', 5);
  // The second way in: double-click on empty space in a stage.
  await editor.dblclickEmptyCell('Discovery');
  await expect(editor.title).toBeFocused();
  await editor.title.fill('Reads reviews');
  await editor.setEmotion('Very positive');
  await editor.setEffort(3);
  await editor.expectSaved();

  await expect(editor.cardsIn('Discovery')).toHaveCount(2);
  await expect(editor.cardsIn('Awareness')).toHaveCount(1);
  await page.screenshot({ path: join(SHOTS, 'journey-canvas.png') });

  const expectAll = async () => {
    await editor.expectCard('Sees an ad on social media', 'Awareness', 'Positive', 'Low');
    await editor.expectCard('Compares prices', 'Discovery', 'Negative', 'Fairly high');
    await editor.expectCard('Reads reviews', 'Discovery', 'Very positive', 'Fairly low');
    await expect(editor.cards()).toHaveCount(3);
    // Order within the stage is kept too.
    await expect(editor.cardsIn('Discovery').locator('.card-title')).toHaveText([
      'Compares prices',
      'Reads reviews',
    ]);
  };

  await page.reload();
  await expectAll();
  await page.screenshot({ path: join(SHOTS, 'journey-reloaded.png') });

  // Ctrl+C: a clean exit that folds the WAL back into the one project file.
  expect(await workspace.stopServer()).toBe(0);
  const file = workspace.path('Checkout journey.wayline');
  expect(existsSync(file)).toBe(true);
  expect(existsSync(`${file}-wal`)).toBe(false);
  await workspace.serve();
  await page.getByRole('button', { name: /^Checkout journey/ }).click();
  await expectAll();
  expect([...workspace.pageErrors, ...workspace.consoleErrors]).toEqual([]);
});

test('undo and redo step through every kind of edit, and what is left is saved', async ({
  page,
  workspace,
}) => {
  const { editor } = await serveProject(page, workspace, 'undo.wayline');
  const undo = () => page.keyboard.press('Control+z');
  const redo = () => page.keyboard.press('Control+Shift+z');

  await editor.addTouchpoint('Purchase', 'Pays by card', 'Very negative', 7);
  await page
    .getByRole('radiogroup', { name: 'Emotion' })
    .getByRole('radio', { name: 'Very negative' })
    .focus();

  // Effort, emotion and the whole typed title are one step each.
  await undo();
  // A new card is not rated until someone rates it (not "Neutral, moderate effort").
  await expect(editor.card('Pays by card').locator('.effort-word')).toHaveText('Effort not rated');
  await undo();
  await expect(editor.card('Pays by card').locator('.card-emotion')).toContainText('Not rated');
  await undo();
  await expect(editor.cards()).toHaveText(/Untitled touchpoint/);
  await undo();
  await expect(editor.cards()).toHaveCount(0);

  await redo();
  await redo();
  await expect(editor.card('Pays by card')).toHaveCount(1);
  await redo();
  await expect(editor.card('Pays by card').locator('.card-emotion')).toContainText('Very negative');

  // The Delete key removes the selected card; undo brings it back. (Clicked on its title: the
  // middle of a card may be its emotion face, which opens the scale.)
  await editor.card('Pays by card').locator('.card-title').click();
  await page.keyboard.press('Delete');
  await expect(editor.cards()).toHaveCount(0);
  await undo();
  await expect(editor.card('Pays by card')).toHaveCount(1);

  // Stage edits undo too: delete a stage with its card, then bring both back.
  await editor.stage('Purchase').locator('.stage-header').click();
  await page.getByRole('button', { name: /Delete stage and its 1 touchpoint/ }).click();
  await expect(editor.stage('Purchase')).toHaveCount(0);
  await expect(editor.cards()).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor.stage('Purchase')).toHaveCount(1);
  await editor.expectCard('Pays by card', 'Purchase', 'Very negative', null);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(editor.stage('Purchase')).toHaveCount(0);
  await undo();
  await editor.expectSaved();

  await page.reload();
  await editor.expectCard('Pays by card', 'Purchase', 'Very negative', null);
});

test('stages are added, renamed and deleted; cards move by dragging', async ({
  page,
  workspace,
}) => {
  const { editor } = await serveProject(page, workspace, 'stages.wayline');

  await page.getByRole('button', { name: '+ Stage' }).click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toBeFocused();
  await name.fill('Renewal');
  await expect(editor.stage('Renewal')).toHaveCount(1);

  await editor.fitView();
  await editor.stage('Attraction').locator('.stage-name').dblclick();
  await page.getByRole('textbox', { name: 'Stage name' }).fill('Consideration');
  await page.keyboard.press('Enter');
  await expect(editor.stage('Consideration')).toHaveCount(1);

  await editor.stage('Cultivation').locator('.stage-header').click();
  await page.getByRole('button', { name: /^Delete stage/ }).click();
  await expect(editor.stage('Cultivation')).toHaveCount(0);

  await editor.addTouchpoint('Awareness', 'Hears from a friend', 'Positive', 1);
  await editor.addTouchpoint('Awareness', 'Sees a billboard', 'Neutral', 1);
  await page.keyboard.press('Escape');

  // Drag the first card onto the Discovery stage.
  const card = editor.card('Hears from a friend');
  await editor.dragCardToStage('Hears from a friend', 'Discovery');
  await expect(card).toHaveAttribute('data-stage', 'Discovery');

  // And within a stage: drop "Sees a billboard" below... then back above by drag in Awareness.
  await editor.addTouchpoint('Awareness', 'Searches online', 'Neutral', 3);
  await page.keyboard.press('Escape');
  await expect(editor.cardsIn('Awareness').locator('.card-title')).toHaveText([
    'Sees a billboard',
    'Searches online',
  ]);
  await editor.dragCardOnto('Searches online', 'Sees a billboard');
  await expect(editor.cardsIn('Awareness').locator('.card-title')).toHaveText([
    'Searches online',
    'Sees a billboard',
  ]);
  await editor.expectSaved();

  await page.screenshot({ path: join(SHOTS, 'stages-and-drag.png') });
  await page.reload();
  // A map with cards opens at its beginning, readable: the cards are full cards there.
  await expect(editor.card('Hears from a friend')).toHaveAttribute('data-stage', 'Discovery');
  await expect(editor.cardsIn('Awareness').locator('.card-title')).toHaveText([
    'Searches online',
    'Sees a billboard',
  ]);
  // The whole map (far out, where cards are shapes) shows every stage.
  await editor.fitView();
  await expect(editor.stage('Renewal')).toHaveCount(1);
  await expect(editor.stage('Consideration')).toHaveCount(1);
  await expect(editor.stage('Cultivation')).toHaveCount(0);
});

test('a file that is not a Wayline project is refused with a clear message and left unchanged', async ({
  page,
  workspace,
}) => {
  const foreign = workspace.path('notes.wayline');
  writeFileSync(foreign, 'These are my meeting notes, not a database.\n');
  const before = readFileSync(foreign);
  await workspace.serve();
  await page.getByLabel('Path to a .wayline file').fill(foreign);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('not a Wayline project');
  await page.screenshot({ path: join(SHOTS, 'refused-file.png') });
  expect(readFileSync(foreign).equals(before)).toBe(true);
  // The start screen is still usable afterwards.
  await expect(page.getByRole('button', { name: 'Create project' })).toBeVisible();
});

test('the printed link opens one tab once; its code leaves the address and dies', async ({
  browser,
  page,
  workspace,
}) => {
  const { editor, server } = await serveProject(page, workspace, 'once.wayline');
  // The code is gone from the address, and the session token was never in it.
  await expect.poll(() => page.url()).toBe(`http://127.0.0.1:${server.port}/`);
  const token = await page.evaluate(() => localStorage.getItem('wayline.token'));
  expect(token).toMatch(/^[\w-]{40,}$/);
  // A reload keeps the tab's session.
  await page.reload();
  await expect(editor.stage('Awareness')).toBeVisible();

  // The same link in another browser window is dead, and says how to get one that works.
  const used = await browser.newPage();
  await used.goto(server.url);
  await expect(used.getByRole('alert')).toContainText('This link has been used already');
  await expect(used.getByRole('alert')).toContainText('newest link that `npm run serve` printed');
  await used.screenshot({ path: join(SHOTS, 'used-link.png') });
  // So is a tab opened at the app's address without a code.
  const bare = await browser.newPage();
  await bare.goto(`http://127.0.0.1:${server.port}/`);
  await expect(bare.getByRole('alert')).toContainText('This tab has no Wayline session');
  // The newest printed link works, once.
  await bare.goto(await server.nextUrl());
  await expect(new EditorPage(bare).stage('Awareness')).toBeVisible();
  await used.close();
  await bare.close();
});

test('several selected cards move together, and Delete on an inspector control deletes nothing', async ({
  page,
  workspace,
}) => {
  const { editor } = await serveProject(page, workspace, 'multi.wayline');
  await editor.addTouchpoint('Awareness', 'First', 'Neutral', 4);
  await editor.addTouchpoint('Awareness', 'Second', 'Neutral', 4);
  await editor.addTouchpoint('Awareness', 'Third', 'Neutral', 4);

  // Focus on an emotion button: Delete and Backspace must not delete the card being edited.
  await editor.setEmotion('Positive');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await expect(editor.cards()).toHaveCount(3);

  await editor.card('First').click();
  await editor.card('Third').click({ modifiers: ['Shift'] });
  await expect(page.getByRole('heading', { name: '2 selected' })).toBeVisible();
  await editor.dragCardToStage('Third', 'Discovery');
  await expect(editor.cardsIn('Discovery').locator('.card-title')).toHaveText(['First', 'Third']);
  await expect(editor.cardsIn('Awareness').locator('.card-title')).toHaveText(['Second']);

  // One drag, one undo step.
  await page.keyboard.press('Control+z');
  await expect(editor.cardsIn('Awareness').locator('.card-title')).toHaveText([
    'First',
    'Second',
    'Third',
  ]);
  await editor.expectSaved();
});
