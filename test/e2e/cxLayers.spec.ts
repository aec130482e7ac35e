import Database from 'better-sqlite3';
import { join } from 'node:path';
import { seriousViolations } from './support/axe';
import { InsightsPage } from './support/insightsPage';
import { PresentPage } from './support/presentPage';
import { expect, SHOTS, test } from './support/workspace';

test('need met and the feeling in words: set on a card, shown on it and in insights, kept in the file', async ({
  page,
  workspace,
}) => {
  // Four axe scans on two shared cores.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 960 });
  const editor = await workspace.serveSeeded(['hotel-example'], 'Layers');
  const card = editor.card('Book the room');
  await card.click();

  // The inspector: a radio group of three and "Not rated"; the feeling from a list or typed.
  const needs = page.getByRole('radiogroup', { name: 'Need met' });
  await expect(needs.getByRole('radio')).toHaveText(['✕Not met', '◐Partly met', '✓Met']);
  await needs.getByRole('radio', { name: 'Partly met', exact: true }).click();
  await expect(needs.getByRole('radio', { name: 'Partly met', exact: true })).toBeChecked();
  // The arrow keys move the choice, as in any radio group.
  await needs.getByRole('radio', { name: 'Partly met', exact: true }).press('ArrowRight');
  await expect(needs.getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  await page.getByRole('combobox', { name: 'Feeling in words' }).selectOption('reassured');
  // A rated emotion says it is assumed: no survey data backs it.
  await expect(page.locator('.field-label-row', { hasText: 'Emotion' })).toContainText('Assumed');
  await page.locator('.inspector').screenshot({ path: join(SHOTS, 'cx-inspector.png') });

  // The card: the feeling beside the emotion's word, the need on a line of its own.
  await expect(card.locator('.card-feeling')).toHaveText('reassured');
  await expect(card.locator('.card-needs')).toHaveText('✓Need met');
  await card.screenshot({ path: join(SHOTS, 'cx-card-light.png') });

  // On the card itself: its need line opens the choices; Not met is taken with the keyboard.
  const found = await seriousViolations(page, 'card with its need line, light');
  await card.locator('.card-needs').click();
  const popover = page.getByRole('dialog', { name: 'Choose whether the need is met' });
  await expect(popover).toBeVisible();
  found.push(...(await seriousViolations(page, 'need popover, light', '.emotion-popover')));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(popover).toBeHidden();
  await expect(card.locator('.card-needs')).toHaveText('✕Need not met');

  // A second card, from the custom box: any feeling in words.
  const other = editor.card('Confirmation email');
  await other.click();
  await page
    .getByRole('radiogroup', { name: 'Need met' })
    .getByRole('radio', { name: 'Met', exact: true })
    .click();
  await page.getByRole('combobox', { name: 'Feeling in words' }).selectOption({ label: 'Custom…' });
  await page.getByRole('textbox', { name: 'Feeling in your own words' }).fill('looked after');
  await expect(other.locator('.card-feeling')).toHaveText('looked after');

  // Insights: two touchpoints rated on needs (not met 0, met 100: 50); ease and emotion as the
  // health score maps them (56 and 48): 0.4 × 50 + 0.3 × 56 + 0.3 × 48 = 51.2 → 51.
  await editor.expectSaved();
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(insights.dialog.getByTestId('cx-index')).toHaveText('51 / 100');
  await expect(
    insights.dialog.getByRole('list', { name: 'How the CX index is worked out' }),
  ).toContainText('0.4 × 50 + 0.3 × 56 + 0.3 × 48 = 51.2, rounded 51');
  await expect(insights.dialog.getByTestId('cx-coverage')).toContainText(
    '2 of 11 touchpoints rated on all three layers (18%)',
  );
  await expect(insights.dialog.getByTestId('cx-coverage')).toContainText(
    'stands beside the health score',
  );
  const book = insights.dialog
    .getByTestId('cx-stage-table')
    .locator('[data-testid="cx-row"][data-name="Book"]');
  // Book: Book the room (not met) and Confirmation email (met): needs 50 over 2 of 3.
  await expect(book.locator('td').first()).toHaveText('50 (2 of 3 rated)');
  await insights.dialog.screenshot({ path: join(SHOTS, 'cx-insights.png') });
  await insights.close();

  // A reload reads it all back from the file.
  await page.reload();
  await expect(editor.card('Book the room').locator('.card-feeling')).toHaveText('reassured');
  await expect(editor.card('Book the room').locator('.card-needs')).toHaveText('✕Need not met');

  // Presentation: the feeling beside the emotion's word, the need on its own line.
  await page.keyboard.press('F5');
  const present = new PresentPage(page);
  await expect(present.root).toBeVisible();
  await present.press('ArrowRight', 'stage-1');
  await present.press('ArrowRight', 'stage-2');
  await present.press('ArrowRight', 'stage-3');
  await present.settle();
  // The focused stage fills the screen in the stage view (the map under it is hidden).
  const shown = present.root
    .getByTestId('stage-view')
    .locator('.present-touchpoint', { hasText: 'Book the room' });
  await expect(shown.locator('.present-feeling')).toHaveText(', reassured');
  await expect(shown.locator('.present-needs')).toHaveText('✕ Need not met');
  await shown.screenshot({ path: join(SHOTS, 'cx-present-card.png') });
  await page.keyboard.press('Escape');
  await expect(present.root).toBeHidden();

  // Dark theme: the card face stays readable.
  await page.emulateMedia({ colorScheme: 'dark' });
  await editor.card('Book the room').click();
  await editor.card('Book the room').screenshot({ path: join(SHOTS, 'cx-card-dark.png') });
  found.push(...(await seriousViolations(page, 'card and inspector, dark')));
  await insights.open();
  found.push(...(await seriousViolations(page, 'insights, dark', 'dialog[open]')));
  await insights.close();
  expect(found).toEqual([]);

  // The SQLite file holds the columns, read with SQLite itself once the server has let go.
  expect(await workspace.stopServer()).toBe(0);
  const db = new Database(workspace.path('Layers.wayline'), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT title, needs_met AS needsMet, feeling, from_data AS fromData FROM touchpoints
         WHERE title IN ('Book the room', 'Confirmation email') ORDER BY title`,
      )
      .all();
    expect(rows).toEqual([
      { title: 'Book the room', needsMet: 'notMet', feeling: 'reassured', fromData: '[]' },
      { title: 'Confirmation email', needsMet: 'met', feeling: 'looked after', fromData: '[]' },
    ]);
  } finally {
    db.close();
  }
});
