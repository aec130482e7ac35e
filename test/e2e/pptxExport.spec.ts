import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFixture } from '../../bench/fixture';
import { exportAs } from './support/exportDialog';
import { expect, SHOTS, test } from './support/workspace';

/** The slides of a .pptx file, counted from its package. */
async function slideCount(path: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
}

test('the export dialog makes a PowerPoint deck, with its options from the format registry', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['hotel-example']);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^PowerPoint/ }).check();
  await expect(dialog.getByRole('checkbox', { name: /slide of the whole map/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /charts of emotion/ })).toBeChecked();
  await page.screenshot({ path: join(SHOTS, 'export-dialog-pptx.png') });
  // Title, persona, overview, five stages, insights.
  expect(await slideCount(await exportAs(page, workspace, 'PowerPoint', 'deck.pptx'))).toBe(9);
  await dialog.getByRole('checkbox', { name: /charts of emotion/ }).uncheck();
  expect(await slideCount(await exportAs(page, workspace, 'PowerPoint', 'deck-2.pptx'))).toBe(8);
});

test('a 2,000-card deck shows its progress and arrives', async ({ page, workspace }) => {
  test.setTimeout(180_000);
  const file = workspace.path('Big.wayline');
  writeFixture(file, 2000);
  await workspace.serve(file);
  await expect(page.getByTestId('stage-column').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^PowerPoint/ }).check();
  const download = page.waitForEvent('download', { timeout: 150_000 });
  await dialog.getByRole('button', { name: /^Export / }).click();
  // A fast machine may finish before the bar is looked for: the progress, or already the result.
  const bar = dialog.getByRole('progressbar', { name: 'Export progress' });
  await expect(bar.or(dialog.getByText(/Exported as/)).first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(
    /Drawing the overview|Writing the slides|Packing the PowerPoint file|Exported as/,
  );
  await page.screenshot({ path: join(SHOTS, 'export-progress-pptx.png') });
  const deck = workspace.path('big.pptx');
  await (await download).saveAs(deck);
  await expect(dialog.getByRole('status')).toContainText('Exported as');
  expect(await slideCount(deck)).toBeGreaterThan(150);
});
