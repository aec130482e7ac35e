import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../electron/backend/migrations';
import { readProjectHeader } from '../../electron/backend/projectFile';
import { fileState, sideFiles } from '../unit/fixtures';
import { writeV1File } from '../unit/projectFiles';
import { makeTempDir, startServer, type RunningServer } from './support/server';

/** Project files from Wayline's first file format, opened from the start screen. */

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

let dir: ReturnType<typeof makeTempDir>;
let server: RunningServer | undefined;

test.beforeEach(() => {
  dir = makeTempDir();
});

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  dir.remove();
});

async function openFromStartScreen(page: Page, path: string): Promise<void> {
  server = await startServer({ settingsDir: join(dir.path, 'settings') });
  await page.goto(server.url);
  await page.getByLabel('Path to a .wayline file').fill(path);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

test('a version-1 project with an invalid row is refused with a clear message and not changed', async ({
  page,
}) => {
  const path = writeV1File(dir.path, "UPDATE stages SET color = 'red' WHERE id = 's1';", 'wal');
  const before = fileState(path);
  await openFromStartScreen(page, path);
  await expect(page.getByRole('alert')).toContainText('invalid row in stages');
  await expect(page.getByRole('alert')).toContainText('not changed');
  await page.screenshot({ path: join(SHOTS, 'older-file-refused.png') });
  expect(fileState(path)).toEqual(before);
  expect(sideFiles(path)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Create project' })).toBeVisible();
});

test('a good version-1 project opens with its journey, cards and all', async ({ page }) => {
  const path = writeV1File(dir.path, '', 'wal');
  await openFromStartScreen(page, path);
  await expect(page.getByText('Compare prices')).toBeVisible();
  await expect(page.getByText('Pay', { exact: true })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'older-file-opened.png') });
  // Upgraded on disk: once the server has closed it, the plain header shows the new version.
  await server?.stop();
  server = undefined;
  expect(readProjectHeader(path).userVersion).toBe(SCHEMA_VERSION);
});
