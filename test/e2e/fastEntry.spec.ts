import { join } from 'node:path';
import { expect, SHOTS, test } from './support/workspace';

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

const CARD = 'Searches hotels near the client office';

test('the card edits its own emotion, effort and title, each one undo step', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['lifecycle'], 'Fast');
  await editor.addTouchpoint('Awareness', CARD, 'Neutral', 2);
  const card = editor.card(CARD);
  await card.click({ position: { x: 40, y: 10 } });

  // The face opens the scale with its words; a click takes one.
  await card.getByRole('button', { name: /Change emotion/ }).click();
  const popover = page.getByRole('dialog', { name: 'Choose emotion' });
  await expect(popover.getByRole('radio')).toHaveText([
    'Very negative',
    'Negative',
    'Neutral',
    'Positive',
    'Very positive',
  ]);
  await expect(popover.getByRole('radio', { name: 'Neutral' })).toBeFocused();
  await page.screenshot({ path: join(SHOTS, 'card-emotion-popover.png') });
  await popover.getByRole('radio', { name: 'Very negative' }).click();
  await expect(popover).toBeHidden();
  await expect(card.locator('.card-emotion')).toHaveText('Very negative');

  // By keyboard: the arrows move the choice, Enter takes it, Escape leaves it as it was.
  const face = card.getByRole('button', { name: /Change emotion/ });
  await face.focus();
  await page.keyboard.press('Enter');
  await expect(popover.getByRole('radio', { name: 'Very negative' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(face).toBeFocused();
  await expect(card.locator('.card-emotion')).toHaveText('Very negative');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(card.locator('.card-emotion')).toHaveText('Positive');

  // A segment of the effort meter sets the effort.
  await card.getByRole('radio', { name: '6: High effort' }).click();
  await expect(card.locator('.effort-word')).toHaveText('High effort');

  // Typing on the selected card starts its title over, in place.
  await card.click({ position: { x: 40, y: 10 } });
  await page.keyboard.type('Compares rates');
  await page.keyboard.press('Enter');
  const renamed = editor.card('Compares rates');
  await expect(renamed).toHaveCount(1);
  await editor.expectSaved();

  // Each of those was one step: undo walks back title, effort, emotion (twice).
  await page.keyboard.press('Control+z');
  await expect(editor.card(CARD)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(editor.card(CARD).locator('.effort-word')).toHaveText('Low effort');
  await page.keyboard.press('Control+z');
  await expect(editor.card(CARD).locator('.card-emotion')).toHaveText('Very negative');
  await page.keyboard.press('Control+z');
  await expect(editor.card(CARD).locator('.card-emotion')).toHaveText('Neutral');
});

test('a card grows to fit its text, then offers "… more"', async ({ page, workspace }) => {
  const editor = await workspace.serveSeeded(['lifecycle'], 'Grow');
  const long =
    'Reads reviews on three different sites and compares the ratings of every hotel near the office before deciding which ones to shortlist for the team';
  await editor.addUnratedTouchpoint('Awareness', 'Short');
  const medium = 'Reads the reviews of all the hotels near the venue, then asks colleagues';
  await editor.addUnratedTouchpoint('Awareness', medium);
  await editor.addUnratedTouchpoint('Awareness', long);
  // Zoom in around the cards (the wheel zooms about the pointer), to read them.
  const at = (await editor.card('Short').boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  const short = (await editor.card('Short').boundingBox())!;
  const three = editor.card(medium);
  const grown = (await three.boundingBox())!;
  // A third title line makes the card taller by about one line (18 of 132 canvas px).
  expect(grown.height / short.height).toBeGreaterThan(1.1);

  // No title is cut while it fits its limit: the text's height is within the card's.
  const titleBox = three.locator('.card-title');
  const fits = await titleBox.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(fits).toBe(true);
  await expect(three.getByRole('button', { name: '… more' })).toHaveCount(0);

  // Past the limit: "… more" opens the whole title in the inspector.
  const longCard = editor.cards().filter({ has: page.getByRole('button', { name: '… more' }) });
  await expect(longCard).toHaveCount(1);
  await page.getByRole('button', { name: 'Hide inspector' }).click();
  await longCard.screenshot({ path: join(SHOTS, 'card-grown-more.png') });
  await page.screenshot({ path: join(SHOTS, 'card-grown-canvas.png') });
  await longCard.getByRole('button', { name: '… more' }).click();
  await expect(editor.title).toBeFocused();
  await expect(editor.title).toHaveValue(long);
});
