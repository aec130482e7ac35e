import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../electron/backend/migrations';
import { readProjectHeader } from '../../electron/backend/projectFile';
import { fileState, sideFiles } from '../unit/fixtures';
import { writeV1File } from '../unit/projectFiles';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

/** Project files from Wayline's first file format, opened from the start screen. */

async function openFromStartScreen(page: Page, workspace: Workspace, path: string): Promise<void> {
  await workspace.serve();
  await page.getByLabel('Path to a .wayline file').fill(path);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

test('a version-1 project with an invalid row is refused with a clear message and not changed', async ({
  page,
  workspace,
}) => {
  const path = writeV1File(
    workspace.folder,
    "UPDATE stages SET color = 'red' WHERE id = 's1';",
    'wal',
  );
  const before = fileState(path);
  await openFromStartScreen(page, workspace, path);
  await expect(page.getByRole('alert')).toContainText('invalid row in stages');
  await expect(page.getByRole('alert')).toContainText('not changed');
  await page.screenshot({ path: join(SHOTS, 'older-file-refused.png') });
  expect(fileState(path)).toEqual(before);
  expect(sideFiles(path)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Create project' })).toBeVisible();
});

test('a good version-1 project opens with its journey, cards and all', async ({
  page,
  workspace,
}) => {
  const path = writeV1File(workspace.folder, '', 'wal');
  await openFromStartScreen(page, workspace, path);
  await expect(page.getByText('Compare prices')).toBeVisible();
  await expect(page.getByText('Pay', { exact: true })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'older-file-opened.png') });
  // Upgraded on disk: once the server has closed it, the plain header shows the new version.
  await workspace.stopServer();
  expect(readProjectHeader(path).userVersion).toBe(SCHEMA_VERSION);
});
