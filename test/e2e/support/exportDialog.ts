import type { Page } from '@playwright/test';
import { expect, type Workspace } from './workspace';

/** Runs the open export dialog for one format and returns where the download was saved. */
export async function exportAs(
  page: Page,
  workspace: Workspace,
  format: string,
  name: string,
): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Export / }).click();
  const file = workspace.path(name);
  await (await download).saveAs(file);
  await expect(dialog.getByRole('status')).toContainText('Exported as');
  return file;
}
