import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, SHOTS, test } from './support/workspace';
import { toolbarCommand } from './support/toolbar';

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

const PIN = 'Send a PIN code as a fallback key';

test('the backlog of every journey is filtered, sorted, edited in place and exported', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['hotel-example', 'lifecycle'], 'Backlog');
  await toolbarCommand(page, 'Backlog');
  const panel = page.getByRole('dialog', { name: 'Opportunity backlog' });
  const rows = panel.getByTestId('backlog-row');
  const titles = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-title')));
  // Highest priority first; ties (2.0 and 2.0) in map order.
  await expect
    .poll(titles)
    .toEqual([
      'Show the cap inside the booking tool',
      'Show the full price from the first screen',
      PIN,
      'Send the itemised invoice to finance automatically',
      'Filter by policy-compliant and near an address',
    ]);
  await expect(panel.getByRole('status').filter({ hasText: 'opportunities' })).toHaveText(
    '5 of 5 opportunities',
  );

  await panel.getByLabel('Filter by status').selectOption({ label: 'Planned' });
  await expect.poll(titles).toEqual(['Show the full price from the first screen']);
  await panel.getByLabel('Filter by status').selectOption({ label: 'Any status' });
  await panel.getByLabel('Filter by stage').selectOption('Expense');
  await expect.poll(titles).toEqual(['Send the itemised invoice to finance automatically']);
  await panel.getByLabel('Filter by stage').selectOption({ label: 'All stages' });
  await panel.getByLabel('Filter by owner').fill('front');
  await expect.poll(titles).toEqual([PIN]);
  await panel.getByLabel('Filter by owner').fill('');

  // Edited in place: effort 3 -> 1 makes it 4 × 0.8 ÷ 1 = 3.2, the top of the list.
  await panel.getByLabel(`Effort of ${PIN}`).selectOption('1');
  await expect.poll(titles).toHaveProperty('0', PIN);
  await expect(rows.first().getByTestId('backlog-priority')).toHaveText('3.2');
  await panel.getByLabel(`Status of ${PIN}`).selectOption({ label: 'Shipped' });
  await panel.getByLabel(`Owner of ${PIN}`).fill('Night team');

  // The matrix: dragging a dot into another cell re-scores the opportunity.
  const FILTER = 'Filter by policy-compliant and near an address';
  const dot = panel.locator(`[data-testid="matrix-dot"][data-title="${FILTER}"]`);
  await expect(dot).toHaveAttribute('aria-label', `${FILTER}: value 3, effort 4, Big bets`);
  await dot.scrollIntoViewIfNeeded();
  const from = (await dot.boundingBox())!;
  const frame = (await panel.locator('.priority-matrix svg').boundingBox())!;
  // The viewBox is 528 units across: a 44-unit margin, then five 88-unit cells.
  const unit = frame.width / 528;
  const to = { x: frame.x + (44 + 44) * unit, y: frame.y + (44 + 44) * unit };
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await expect(dot).toHaveAttribute('aria-label', `${FILTER}: value 5, effort 1, Quick wins`);
  await expect(panel.getByLabel(`Value of ${FILTER}`)).toHaveValue('5');
  await page.screenshot({ path: join(SHOTS, 'matrix-light.png') });

  // Sorted by title, A to Z, after a second click.
  await panel.getByRole('button', { name: 'Title' }).click();
  await panel.getByRole('button', { name: 'Title' }).click();
  await expect(panel.getByRole('columnheader', { name: /Title/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect.poll(titles).toHaveProperty('0', 'Filter by policy-compliant and near an address');
  await page.screenshot({ path: join(SHOTS, 'backlog-light.png') });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.screenshot({ path: join(SHOTS, 'backlog-dark.png') });
  await dot.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'matrix-dark.png') });

  // Exported as CSV and XLSX, with the edits in them.
  const save = async (button: string, name: string) => {
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: button }).click();
    const file = workspace.path(name);
    await (await download).saveAs(file);
    return file;
  };
  const csv = Papa.parse<Record<string, string>>(
    readFileSync(await save('Export CSV', 'backlog.csv'), 'utf8').replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  );
  const pin = csv.data.find((r) => r.title === PIN)!;
  expect([pin.status, pin.owner, pin.effort, pin.priority]).toEqual([
    'Shipped',
    'Night team',
    '1',
    '3.2',
  ]);
  expect(pin.pain_points).toBe('Digital key fails on old phones');
  const filter = csv.data.find((r) => r.title === FILTER)!;
  expect([filter.value, filter.effort]).toEqual(['5', '1']);
  expect(csv.data).toHaveLength(5);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await save('Export XLSX', 'backlog.xlsx'));
  const sheet = book.getWorksheet('Opportunities')!;
  expect(sheet.rowCount).toBe(6);
  const titlesInSheet = sheet.getColumn(3).values.slice(2);
  expect(titlesInSheet).toContain(PIN);
});
