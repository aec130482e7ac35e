import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, SHOTS, test } from './support/workspace';

/** Survey answers imported through the Import dialog become metrics on the cards. */

async function openSurveyImport(page: Page) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('radio', { name: 'Survey answers (CSV, XLSX)' }).check();
  return dialog;
}

async function goToCard(page: Page, title: string) {
  await page.keyboard.press('Control+g');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

test('long format: bad rows listed by number, skipped on request; metrics on the card; ratings confirmed from data', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Survey');
  const csv = workspace.path('answers.csv');
  writeFileSync(
    csv,
    [
      'Touchpoint,Metric,Score,Respondent,Comment',
      'Compare prices,CSAT,5,R1,Three tabs is too many',
      'compare prices,CSAT,4,R2,',
      'Compare prices,CSAT,2,R3,',
      'Compare prices,CES,6,R1,',
      'Compare prices,CES,5,R2,',
      'Book the room,NPS,10,R1,',
      'Book the room,NPS,9,R2,',
      'Lounge access,NPS,9,R3,',
      'Book the room,CSAT,6,R3,',
    ].join('\n'),
  );
  const dialog = await openSurveyImport(page);
  await dialog.getByLabel('Survey file (CSV or XLSX)').setInputFiles(csv);
  const problems = dialog.getByTestId('survey-problems');
  await expect(problems).toContainText(
    'Row 9: no touchpoint of this journey is called "Lounge access"',
  );
  await expect(problems).toContainText('Row 10: the CSAT score "6" is not a whole number');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.screenshot({ path: join(SHOTS, 'survey-row-problems.png') });

  await dialog.getByLabel('Skip these rows and import the rest').check();
  await expect(dialog.getByTestId('survey-summary')).toHaveText(
    'Adds 7 answers to 2 touchpoints and 1 comments as quotes.',
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  await goToCard(page, 'Compare prices');
  const card = editor.card('Compare prices');
  await expect(card).toBeInViewport();
  // CSAT: 2 of 3 answers are 4-5.
  await expect(card.getByTestId('card-metric')).toHaveText('CSAT 67% · n 3');
  await expect(card.getByTestId('card-data-origin')).toHaveText('assumed');
  const section = page.getByTestId('survey-metrics');
  await expect(section).toContainText('CES 5.5');
  const proposal = page.getByTestId('survey-proposal');
  // CSAT mean (5 + 4 + 2) / 3 = 3.67 -> emotion +1; CES mean 5.5 -> effort round(2.5) = 3.
  await expect(proposal).toContainText('CSAT mean 3.67 (n 3): emotion = round(mean − 3) = +1');
  await expect(proposal).toContainText('effort = round(8 − mean) = 3');
  await card.screenshot({ path: join(SHOTS, 'survey-card-metrics.png') });
  await page.screenshot({ path: join(SHOTS, 'survey-from-data-proposal.png') });
  await proposal.getByRole('button', { name: 'Use these ratings' }).click();
  await expect(card.getByTestId('card-data-origin')).toHaveText('from data');
  await expect(page.getByTestId('rating-origin')).toContainText('Emotion: from data');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: join(SHOTS, 'survey-inspector.png') });
  await card.screenshot({ path: join(SHOTS, 'survey-card-from-data.png') });

  // Insights: the stage's pooled answers.
  await page.getByRole('button', { name: 'Insights', exact: true }).click();
  const insights = page.getByTestId('insights-survey');
  await expect(insights.getByRole('row', { name: /^Search/ })).toContainText(
    '67% (n 3; 21% to 94%)',
  );
  await insights.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'survey-insights.png') });
  await page.keyboard.press('Escape');
  const doc = await workspace.savedDoc('Survey.wayline');
  const saved = Object.values(doc.touchpoints).find((t) => t.title === 'Compare prices')!;
  expect([saved.emotion, saved.effort, saved.fromData]).toEqual([1, 3, ['emotion', 'effort']]);
  expect(Object.values(doc.quotes).map((q) => [q.text, q.who])).toEqual([
    ['Three tabs is too many', 'R1'],
  ]);
});

test('wide format through the mapping step, and the import removed as a unit', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Wide');
  const csv = workspace.path('wide.csv');
  writeFileSync(
    csv,
    ['Respondent,Q1,Q2,Q3', 'R1,3,Slow queue,x', 'R2,2,,y', 'R3,,Nobody at the desk,z'].join('\n'),
  );
  const dialog = await openSurveyImport(page);
  await dialog.getByLabel('Survey file (CSV or XLSX)').setInputFiles(csv);
  const mapping = dialog.getByTestId('survey-mapping');
  await expect(mapping.getByRole('radio', { name: /One row per respondent/ })).toBeChecked();
  await mapping
    .getByLabel('Column "Q1" means')
    .selectOption({ label: 'Queue at reception: CES (1–7, 7 = easiest)' });
  await mapping
    .getByLabel('Column "Q2" means')
    .selectOption({ label: 'Queue at reception: comment' });
  await expect(dialog.getByTestId('survey-summary')).toHaveText(
    'Adds 2 answers to 1 touchpoints and 2 comments as quotes.',
  );
  await page.screenshot({ path: join(SHOTS, 'survey-mapping-step.png') });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  // Presentation: the stage's metrics in the presenter line.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByTestId('presenter-count')).toHaveText('Overview · 5 stages');
  await page.keyboard.press('4');
  await expect(page.getByTestId('presenter-survey')).toHaveText('Survey: CES 2.5 · n 2');
  await page.screenshot({ path: join(SHOTS, 'survey-presenter-line.png') });
  await page.keyboard.press('Escape');

  await goToCard(page, 'Queue at reception');
  const card = editor.card('Queue at reception');
  await expect(card.getByTestId('card-metric')).toHaveText('CES 2.5 · n 2');

  const again = await openSurveyImport(page);
  const imports = again.getByTestId('survey-imports');
  await expect(imports).toContainText('wide.csv: 2 answers');
  await imports.getByRole('button', { name: 'Remove' }).click();
  await expect(imports).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(card.getByTestId('card-metric')).toHaveCount(0);
  // One undo brings the import back whole.
  await page.keyboard.press('Control+z');
  await expect(card.getByTestId('card-metric')).toHaveText('CES 2.5 · n 2');
});

test('a workbook (XLSX) is read by the backend with exceljs and imported', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Workbook');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Answers');
  sheet.addRow(['Touchpoint', 'Metric', 'Score']);
  sheet.addRow(['Works from the room', 'Needs met', 'yes']);
  sheet.addRow(['Works from the room', 'Needs met', 'partly']);
  sheet.addRow(['Works from the room', 'NPS', 11]);
  const file = workspace.path('answers.xlsx');
  await workbook.xlsx.writeFile(file);
  const dialog = await openSurveyImport(page);
  await dialog.getByLabel('Survey file (CSV or XLSX)').setInputFiles(file);
  await expect(dialog.getByTestId('survey-problems')).toContainText(
    'Row 4: the NPS score "11" is not a whole number on its scale (0–10)',
  );
  await dialog.getByLabel('Skip these rows and import the rest').check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await goToCard(page, 'Works from the room');
  await expect(editor.card('Works from the room').getByTestId('card-metric')).toHaveText(
    'Needs met 50% · n 2',
  );
});
