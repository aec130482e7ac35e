import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportAs } from './support/exportDialog';
import { pdfPages, pdfText, pngSize } from './support/files';
import { SidebarPage } from './support/sidebarPage';
import { expect, SHOTS, test } from './support/workspace';

test('a journey exports from the dialog to SVG, PNG, PDF, CSV, JSON Canvas, Mermaid and HTML', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example']);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'export-dialog.png') });

  const svg = readFileSync(await exportAs(page, workspace, 'SVG image', 'map.svg'), 'utf8');
  expect(XMLValidator.validate(svg)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: unknown };
  expect(parsed.svg).toBeDefined();
  for (const stage of ['Plan', 'Search', 'Book', 'Stay', 'Expense']) expect(svg).toContain(stage);

  await dialog.getByRole('radio', { name: /^PNG image/ }).check();
  await dialog.getByRole('radio', { name: /^3×/ }).check();
  const png = pngSize(await exportAs(page, workspace, 'PNG image', 'map.png'));
  const oneX = /width="(\d+(?:\.\d+)?)"/.exec(svg)!;
  expect(png.width).toBe(Math.round(Number(oneX[1]) * 3));

  await dialog.getByRole('radio', { name: /^PDF/ }).check();
  await dialog.getByLabel('Paper').selectOption('a3');
  const pdfFile = await exportAs(page, workspace, 'PDF', 'map.pdf');
  const pdf = pdfText(pdfFile);
  expect(pdf).toContain('Booking a hotel for a business trip');
  expect(pdf).toContain('Expense');
  // The PDF's fields come from its declaration; the insights page is the last one, and optional.
  expect(pdfPages(pdfFile)).toBe(2);
  await dialog.getByRole('checkbox', { name: /health score/ }).uncheck();
  await page.screenshot({ path: join(SHOTS, 'export-dialog-pdf.png') });
  expect(pdfPages(await exportAs(page, workspace, 'PDF', 'map-no-insights.pdf'))).toBe(1);

  const csv = readFileSync(await exportAs(page, workspace, 'CSV', 'map.csv'), 'utf8');
  expect(csv).toContain('Compare prices');
  const canvas = JSON.parse(
    readFileSync(await exportAs(page, workspace, 'JSON Canvas', 'map.canvas'), 'utf8'),
  );
  expect(canvas.nodes.length).toBeGreaterThan(10);
  const mermaid = readFileSync(
    await exportAs(page, workspace, 'Mermaid journey', 'map.mmd'),
    'utf8',
  );
  expect(mermaid.startsWith('journey')).toBe(true);
  const html = readFileSync(
    await exportAs(page, workspace, 'Interactive HTML', 'map.html'),
    'utf8',
  );
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('Booking a hotel for a business trip');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor.cards().first()).toBeVisible();
});

test('JSON exported from one project imports into another, and Undo takes the import back', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example']);
  await page.keyboard.press('Control+e');
  const json = await exportAs(page, workspace, 'Wayline JSON', 'project.json');
  await page.keyboard.press('Escape');
  await workspace.stopServer();

  await workspace.serveSeeded(['lifecycle'], 'Other');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('File (Wayline JSON or bundle, or CSV)').setInputFiles(json);
  await expect(dialog.getByTestId('import-summary')).toContainText('1 journey');
  await page.screenshot({ path: join(SHOTS, 'import-json-preview.png') });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('persona-band')).toContainText('Maya Okafor');
  await expect(editor.card('Compare prices')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(editor.card('Compare prices')).toHaveCount(0);
});

test('a CSV import shows every rejected row before anything is written', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['lifecycle']);
  const csv = workspace.path('survey.csv');
  writeFileSync(
    csv,
    [
      'Stage,Title,Emotion,CES,Channel',
      'Awareness,Sees an ad,1,6,Social media',
      'Onboarding,Sets up an account,-1,2,Mobile app',
      'Awareness,Broken row,9,4,Email',
      'Awareness,"Quote never closed,0,4,Email',
      'Awareness,Reads the FAQ,0,3,Website',
    ].join('\r\n'),
  );
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('File (Wayline JSON or bundle, or CSV)').setInputFiles(csv);
  await expect(dialog.getByTestId('import-rejected')).toContainText('Row 4');
  // A quote that never closes is one rejected row; the row after it is still read.
  await expect(dialog.getByTestId('import-rejected')).toContainText(
    'Row 5: a quote opens in this row and never closes, so it swallowed the 1 row after it',
  );
  const rejected = dialog.getByTestId('import-rejected').locator('li');
  await expect(rejected.nth(0)).toHaveAttribute('data-codes', 'bad_emotion');
  await expect(rejected.nth(1)).toHaveAttribute('data-codes', 'runaway_quote');
  await expect(dialog).toContainText('effort = 8 − CES');
  await page.screenshot({ path: join(SHOTS, 'import-csv-preview.png') });
  // Cancelled: nothing changes.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(editor.card('Sees an ad')).toHaveCount(0);

  await page.keyboard.press('Control+i');
  await dialog.getByLabel('File (Wayline JSON or bundle, or CSV)').setInputFiles(csv);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(editor.card('Sees an ad')).toHaveCount(1);
  await expect(editor.stage('Onboarding')).toHaveCount(1);
  await expect(editor.card('Broken row')).toHaveCount(0);
  await expect(editor.card('Reads the FAQ')).toHaveCount(1);
  // In the project file: a new journey named after the CSV file.
  await page.reload();
  await new SidebarPage(page).item('survey').click();
  await expect(editor.card('Sees an ad')).toHaveCount(1);
});

test('a file that is not an import is refused with a clear message', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['lifecycle']);
  const bogus = workspace.path('data.json');
  writeFileSync(bogus, '{"format": "wayline", "formatVersion": 1, "journeys": [');
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('File (Wayline JSON or bundle, or CSV)').setInputFiles(bogus);
  await expect(dialog.getByRole('alert')).toContainText('nothing was changed');
  await expect(dialog.getByRole('alert').locator('li[data-code="not_json"]')).toHaveCount(1);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
});

test('a new project starts from a Wayline JSON file instead of the starter journey', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['hotel-example']);
  await page.keyboard.press('Control+e');
  const json = await exportAs(page, workspace, 'Wayline JSON', 'trip.json');
  await workspace.stopServer();

  await workspace.serve();
  await page.getByText('Start from a Wayline JSON file instead').click();
  await page.getByLabel('Wayline JSON file').setInputFiles(json);
  await expect(page.getByTestId('import-summary')).toContainText('1 journey');
  // The name comes from the exported project, and can be changed.
  await expect(page.getByLabel('Project name')).toHaveValue('Seeded');
  await page.getByLabel('Project name').fill('Copied trip');
  await page.getByLabel('Folder').fill(workspace.folder);
  await page.screenshot({ path: join(SHOTS, 'new-project-from-json.png') });
  await page.getByRole('button', { name: 'Create project' }).click();
  const sidebar = new SidebarPage(page);
  await expect(sidebar.items()).toHaveCount(1);
  await sidebar.expectShown('Booking a hotel for a business trip');
  await expect(page.getByTestId('persona-band')).toContainText('Maya Okafor');
});
