import { join } from 'node:path';
import { expect, SHOTS, test } from './support/workspace';

test('a journey records its owner and last review, and says when a review is due', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Reviewed');
  const state = page.locator('.review-state');
  await expect(state).toHaveText(/^Never reviewed/);
  await expect(state).toHaveClass(/due/);

  await page.getByRole('textbox', { name: 'Owner of the journey' }).fill('CX team Lisbon');
  await page.getByRole('button', { name: 'Reviewed today' }).click();
  await expect(state).toHaveText('Reviewed today');
  await expect(state).not.toHaveClass(/due/);
  await expect(page.getByRole('button', { name: 'Reviewed today' })).toBeDisabled();

  // A day long ago: the map says it is due, in words.
  await page.getByLabel('Day the journey was last reviewed').fill('2020-01-15');
  await expect(state).toHaveText(/^Not reviewed for \d+ years — review it/);
  await expect(state).toHaveClass(/due/);
  await page.locator('.journey-properties').screenshot({ path: join(SHOTS, 'journey-review.png') });

  // Saved in the project file.
  await page.getByLabel('Day the journey was last reviewed').press('Escape');
  await editor.expectSaved();
  const doc = await workspace.savedDoc('Reviewed.wayline');
  const journey = Object.values(doc.journeys).find((j) => j.owner === 'CX team Lisbon');
  expect(journey?.reviewedOn).toBe('2020-01-15');
});
