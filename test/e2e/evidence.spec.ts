import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SHOTS, test } from './support/workspace';
import { toolbarCommand } from './support/toolbar';

const CARD = 'Book the room';
const WORDS = 'I could not tell if breakfast was included until the very last step.';

async function chooseTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: theme }).click();
}

test('a research source and a quote: on the card, in presentation, saved, and undone', async ({
  page,
  workspace,
}) => {
  test.setTimeout(120_000);
  const editor = await workspace.serveSeeded(['hotel-example'], 'Evidence');

  // A source, from the toolbar's Sources button (the palette and View menu have it too).
  await toolbarCommand(page, 'Sources', 'Research sources');
  const panel = page.getByRole('dialog', { name: 'Research sources' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: '+ New source' }).click();
  await panel.getByRole('textbox', { name: 'Source name' }).fill('Guest interviews, March');
  await panel.getByRole('button', { name: 'Add source' }).click();
  await expect(panel.getByRole('button', { name: /Guest interviews, March/ })).toBeVisible();
  await panel.getByLabel('Date').fill('2026-03-02');
  await panel
    .getByRole('textbox', { name: 'Note' })
    .fill('Eight business travellers, 45 minutes each');
  await expect(panel.getByTestId('source-delete-note')).toHaveText(/Nothing cites or quotes it/);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // A quote on a card, with who said it, the source and the day.
  const card = editor.card(CARD);
  await card.click();
  const evidence = page.getByTestId('card-evidence');
  await expect(evidence.getByLabel('Evidence strength')).toHaveText(/No evidence/);
  await evidence.getByRole('button', { name: '+ Add quote' }).click();
  await evidence.getByRole('textbox', { name: 'Words' }).fill(WORDS);
  await evidence.getByRole('textbox', { name: 'Who said it' }).fill('P7');
  await evidence
    .getByLabel('Source', { exact: true })
    .selectOption({ label: 'Guest interviews, March (Interview)' });
  await evidence.getByLabel('Date').fill('2026-03-04');
  await evidence.getByRole('button', { name: 'Add quote', exact: true }).click();

  await expect(evidence.locator('.quote-text')).toHaveText(`“${WORDS}”`);
  await expect(evidence.locator('.quote-byline')).toHaveText(
    '— P7 · Guest interviews, March · 2026-03-04',
  );
  await expect(card.getByTestId('quote-badge')).toHaveAttribute('aria-label', '1 quote');
  await expect(evidence.getByLabel('Evidence strength')).toHaveText(/1 quote · One source/);
  await expect(card.locator('.badge-evidence')).toHaveAttribute('data-strength', 'oneSource');

  // A survey cited from the card, made in place: the card is now backed by survey data.
  await evidence.getByLabel('Cite a source').selectOption({ label: 'New source…' });
  await evidence.getByRole('textbox', { name: 'Source name' }).fill('Checkout survey Q1');
  await evidence.getByLabel('Kind').selectOption({ label: 'Survey' });
  await evidence.getByRole('button', { name: 'Add source' }).click();
  await expect(evidence.locator('.cited-sources')).toContainText('Checkout survey Q1 (Survey)');
  await expect(card.locator('.badge-evidence')).toHaveAttribute('data-strength', 'surveyData');
  await editor.expectSaved();

  for (const theme of ['Light', 'Dark'] as const) {
    await chooseTheme(page, theme);
    const lower = theme.toLowerCase();
    await page
      .getByTestId('card-evidence')
      .screenshot({ path: join(SHOTS, `evidence-inspector-${lower}.png`) });
    await card.screenshot({ path: join(SHOTS, `evidence-card-badge-${lower}.png`) });
  }
  await chooseTheme(page, 'Light');

  // The sources panel says what the survey backs, and what deleting it would do.
  await toolbarCommand(page, 'Sources', 'Research sources');
  await panel.getByRole('button', { name: /Checkout survey Q1/ }).click();
  await expect(panel.getByRole('group', { name: 'Cards that cite or quote it' })).toContainText(
    CARD,
  );
  await expect(panel.getByTestId('source-delete-note')).toHaveText(
    '1 citation will be removed. Undo brings it all back.',
  );
  await panel.screenshot({ path: join(SHOTS, 'evidence-sources-panel.png') });
  await page.keyboard.press('Escape');

  // Presentation: the stage shows the quote as a callout.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const show = page.getByTestId('presentation');
  await expect(show).toBeVisible();
  await expect(page.getByTestId('present-quote')).toHaveCount(0);
  await page.keyboard.press('3');
  await expect(show).toHaveAttribute('data-step', 'stage-3');
  const callout = page.getByTestId('present-quote');
  await expect(callout).toContainText(WORDS);
  await expect(callout).toContainText('— P7 · Guest interviews, March · 2026-03-04');
  await expect(callout).toContainText(`On: ${CARD}`);
  await page.waitForTimeout(900);
  await page.screenshot({ path: join(SHOTS, 'evidence-present-callout.png') });
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();

  // Undo takes the survey (made and cited in one step), then the quote away; redo brings both.
  await page
    .getByRole('button', { name: "Undo: add research source 'Checkout survey Q1'" })
    .click();
  await expect(card.locator('.badge-evidence')).toHaveAttribute('data-strength', 'oneSource');
  await page.getByRole('button', { name: /^Undo: add quote 'I could not tell/ }).click();
  await expect(card.getByTestId('quote-badge')).toHaveCount(0);
  await expect(card.locator('.badge-evidence')).toHaveAttribute('data-strength', 'none');
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(card.getByTestId('quote-badge')).toHaveAttribute('aria-label', '1 quote');

  // A second quote, moved above the first, then deleted; undo puts it back in its place.
  await card.click();
  await evidence.getByRole('button', { name: '+ Add quote' }).click();
  await evidence.getByRole('textbox', { name: 'Words' }).fill('Where is breakfast?');
  await evidence.getByRole('button', { name: 'Add quote', exact: true }).click();
  const texts = evidence.locator('.quote-text');
  await expect(texts).toHaveText([`“${WORDS}”`, '“Where is breakfast?”']);
  await evidence.getByRole('button', { name: 'Move quote 2 up' }).click();
  await expect(texts).toHaveText(['“Where is breakfast?”', `“${WORDS}”`]);
  await expect(card.getByTestId('quote-badge')).toHaveAttribute('aria-label', '2 quotes');
  await evidence.getByRole('button', { name: 'Delete quote 1' }).click();
  await expect(texts).toHaveText([`“${WORDS}”`]);
  await page.getByRole('button', { name: "Undo: delete quote 'Where is breakfast?'" }).click();
  await expect(texts).toHaveText(['“Where is breakfast?”', `“${WORDS}”`]);
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(texts).toHaveText([`“${WORDS}”`]);

  // Saved: a reload shows it, and the file holds the rows.
  await editor.expectSaved();
  await page.reload();
  await expect(editor.card(CARD).getByTestId('quote-badge')).toHaveAttribute(
    'aria-label',
    '1 quote',
  );
  const doc = await workspace.savedDoc('Evidence.wayline');
  const [quote] = Object.values(doc.quotes);
  expect(Object.values(doc.quotes)).toHaveLength(1);
  expect(quote).toMatchObject({ text: WORDS, who: 'P7', date: '2026-03-04' });
  expect(doc.touchpoints[quote!.cardId]?.title).toBe(CARD);
  expect(doc.sources[quote!.sourceId!]).toMatchObject({
    name: 'Guest interviews, March',
    kind: 'interview',
    date: '2026-03-02',
    note: 'Eight business travellers, 45 minutes each',
  });
  const [citation] = Object.values(doc.citations);
  expect(doc.sources[citation!.sourceId]).toMatchObject({
    name: 'Checkout survey Q1',
    kind: 'survey',
  });
  expect(workspace.pageErrors).toEqual([]);
});
