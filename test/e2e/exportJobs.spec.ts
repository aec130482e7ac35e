import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { writeFixture } from '../../bench/fixture';
import { openProjectStore } from '../../electron/backend/projectStore';
import { stagesOf } from '../../shared/model/doc';
import { EditorPage } from './support/editorPage';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

/** A 2,000-card project (the bench's map): its PDF takes several seconds to export. */
async function serveBigProject(workspace: Workspace, env?: Record<string, string>) {
  const file = workspace.path('Big.wayline');
  const { journeyId } = writeFixture(file, 2000);
  const store = openProjectStore(file);
  const firstStage = stagesOf(store.doc, journeyId)[0]!.name;
  store.close();
  await workspace.serve(file, env);
  return { file, journeyId, firstStage };
}

async function startPdfExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^PDF/ }).check();
  await dialog.getByRole('button', { name: /^Export / }).click();
  return dialog;
}

test('a long export shows its progress after a second, and Cancel stops it', async ({
  page,
  workspace,
}) => {
  await serveBigProject(workspace);
  await expect(page.getByTestId('stage-column').first()).toBeVisible();
  const dialog = await startPdfExport(page);
  const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(/Drawing the map|Writing the PDF/);
  await page.screenshot({ path: join(SHOTS, 'export-progress.png') });

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Export cancelled.');
  await expect(progress).toBeHidden();
  // The dialog is ready for another try.
  await expect(dialog.getByRole('button', { name: /^Export / })).toBeEnabled();
});

test('an export stopped at its time limit says so, and the editor goes on working', async ({
  page,
  workspace,
}) => {
  const { file, journeyId, firstStage } = await serveBigProject(workspace, {
    WAYLINE_EXPORT_TIME_LIMIT_MS: '2500',
  });
  const editor = new EditorPage(page);
  await expect(page.getByTestId('stage-column').first()).toBeVisible();
  const dialog = await startPdfExport(page);
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    'Export failed: The export took longer than 2.5 seconds and was stopped. Your project is unchanged; try a smaller scale, SVG, or a tiled PDF.',
  );
  await page.screenshot({ path: join(SHOTS, 'export-failed-time-limit.png') });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await editor.addTouchpoint(firstStage, 'Added after the failed export', 'Positive', 2);
  await editor.expectSaved();
  await workspace.stopServer();
  const store = openProjectStore(file);
  const titles = Object.values(store.doc.touchpoints)
    .filter((t) => t.journeyId === journeyId)
    .map((t) => t.title);
  store.close();
  expect(titles).toContain('Added after the failed export');
  expect(titles).toHaveLength(2001);
});
