import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InspectorPage } from './support/inspectorPage';
import { expect, SHOTS, test } from './support/workspace';

/** A survey metrics lane added like any lane shows each stage's imported metrics with n. */
test('the survey metrics lane shows each stage its figures with n and the interval', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Metrics lane');
  const ins = new InspectorPage(page);
  const csv = workspace.path('answers.csv');
  writeFileSync(
    csv,
    [
      'Touchpoint,Metric,Score',
      'Compare prices,CSAT,5',
      'Compare prices,CSAT,4',
      'Compare prices,CSAT,2',
      'Compare prices,CES,6',
      'Compare prices,CES,5',
      'Book the room,NPS,10',
      'Book the room,NPS,9',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('radio', { name: 'Survey answers (CSV, XLSX)' }).check();
  await dialog.getByLabel('Survey file (CSV or XLSX)').setInputFiles(csv);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Added from the inspector with nothing selected, like every other lane.
  await page.getByTestId('journey-canvas').click({ position: { x: 6, y: 6 } });
  await ins.select('Lane kind').selectOption({ label: 'Survey metrics' });
  await ins.button('+ Add lane').click();
  await expect(ins.panel).toContainText('each stage’s survey metrics');
  // Added at the bottom of the map: fitted into view, as the canvas draws what is on screen.
  await editor.fitView();
  await expect(ins.laneLabel('Survey metrics')).toHaveCount(1);

  const metricsOf = (stage: string) => editor.cell(stage, 'metrics').getByTestId('stage-metrics');
  // Search pools Compare prices: CSAT 2 of 3 answers 4-5; CES mean (6 + 5) / 2.
  const search = metricsOf('Search');
  await expect(search.getByRole('listitem')).toHaveCount(2);
  await expect(search).toContainText('CSAT 67% · n 3');
  await expect(search).toContainText('95% CI 21% to 94%');
  await expect(search).toContainText('CES 5.5 · n 2');
  await expect(search.locator('[data-metric="csat"]')).toHaveAttribute(
    'title',
    'CSAT 67% · n 3, 95% CI 21% to 94%',
  );
  await expect(metricsOf('Book')).toContainText('NPS +100 · n 2');
  await expect(metricsOf('Plan')).toHaveText('No survey data');
  await page.screenshot({ path: join(SHOTS, 'metrics-lane.png') });

  // Only one per journey: the kind is no longer offered.
  await page.getByTestId('journey-canvas').click({ position: { x: 6, y: 6 } });
  await expect(
    ins.select('Lane kind').getByRole('option', { name: 'Survey metrics' }),
  ).toBeDisabled();

  // Hidden like any lane, and shown again.
  await ins.laneLabel('Survey metrics').click();
  await ins.toggle('Hidden').check();
  await expect(ins.laneLabel('Survey metrics')).toHaveCount(0);
  await expect(editor.cell('Search', 'metrics')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(metricsOf('Search')).toContainText('CSAT 67% · n 3');
});
