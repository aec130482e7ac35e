import { expect, test } from '@playwright/test';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createProjectStore } from '../../electron/backend/projectStore';
import { folderState, openToAll, otherUser } from '../unit/otherProcess';
import { EditorPage } from './support/editorPage';
import { TablePage } from './support/tablePage';
import { SHOTS } from './support/workspace';
import { makeTempDir, startServer, type RunningServer } from './support/server';

/**
 * A project file the user may not write opens for viewing: the editor says why editing is off,
 * shows the map, and leaves the folder as it was. The server runs as `nobody` when the tests
 * run as root, for whom chmod would not stop a write.
 */

let dir: ReturnType<typeof makeTempDir>;
let server: RunningServer | undefined;

test.beforeEach(() => {
  dir = makeTempDir();
  openToAll(dir.path);
});

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  chmodSync(dir.path, 0o755);
  dir.remove();
});

test('a read-only project opens with a banner saying why, and edits do not take', async ({
  page,
}) => {
  const projects = join(dir.path, 'projects');
  mkdirSync(projects);
  const store = createProjectStore(join(projects, 'locked.wayline'), 'Locked project');
  const path = store.path;
  store.close();
  chmodSync(path, 0o666);
  chmodSync(projects, 0o555);
  const settings = join(dir.path, 'settings');
  mkdirSync(settings, { mode: 0o777 });
  chmodSync(settings, 0o777);
  const before = folderState(projects);

  server = await startServer({ settingsDir: settings, project: path, as: otherUser() });
  await page.goto(server.url);
  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText('Read-only');
  await expect(banner).toContainText('folder the project is in is read-only');
  await expect(page.getByTestId('save-status')).toHaveText('Read-only');
  const editor = new EditorPage(page);
  await expect(editor.stage('Awareness')).toBeVisible();
  const stages = await editor.stageNames();
  await page.screenshot({ path: join(SHOTS, 'read-only-project.png') });

  // Nothing that edits is offered: the buttons are disabled, the fields read-only, the add
  // affordances gone; a shortcut that would add a stage does nothing.
  await expect(page.getByRole('button', { name: '+ Stage' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expect(page.getByLabel('Name of the journey')).toBeDisabled();
  await expect(page.getByRole('button', { name: '+ Add lane' })).toBeHidden();
  await expect(page.locator('.stage-add').first()).toBeHidden();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+N');
  await page.waitForTimeout(300);
  expect(await editor.stageNames()).toEqual(stages);
  await expect(banner).toBeVisible();

  // The table offers no row commands: its buttons are off and Ctrl+Enter adds nothing.
  const table = new TablePage(page);
  await table.open();
  await expect(page.getByRole('button', { name: '+ Row' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete row' })).toBeDisabled();
  await table.grid.focus();
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(300);
  await expect(table.count).toHaveText('0 rows');
  await server.stop();
  server = undefined;
  expect(folderState(projects)).toEqual(before);
});
