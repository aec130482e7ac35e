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
  // Selecting it brings it into view, clear of the lane names pinned to the left edge.
  const box = (await longCard.boundingBox())!;
  await three.click({ position: { x: box.width - 20, y: 30 } });
  await longCard.click({ position: { x: box.width - 20, y: 12 } });
  await expect
    .poll(async () => (await longCard.boundingBox())!.x)
    .toBeGreaterThan((await page.getByTestId('journey-canvas').boundingBox())!.x + 112);
  await longCard.screenshot({ path: join(SHOTS, 'card-grown-more.png') });
  await page.screenshot({ path: join(SHOTS, 'card-grown-canvas.png') });
  await longCard.getByRole('button', { name: '… more' }).click();
  await expect(editor.title).toBeFocused();
  await expect(editor.title).toHaveValue(long);
});

const HOTEL = 'Booking a hotel for a business trip';

test('undo and redo say what they will undo; undo in another journey shows it first', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example', 'lifecycle'], 'Labels');
  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect(undo).toHaveAccessibleName('Undo');
  const card = editor.card('Compare prices');
  await card.click({ position: { x: 40, y: 10 } });
  await card.getByRole('button', { name: /Change emotion/ }).click();
  await page
    .getByRole('dialog', { name: 'Choose emotion' })
    .getByRole('radio', { name: 'Positive', exact: true })
    .click();
  await expect(undo).toHaveAccessibleName("Undo: change emotion of 'Compare prices'");
  await expect(undo).toHaveAttribute('title', /^Undo: change emotion of 'Compare prices' \(/);

  // The palette says the same, and it switches journeys: the label then names the journey.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.type('undo');
  await expect(palette.getByRole('option').first()).toHaveText(
    /^Undo: change emotion of 'Compare prices'/,
  );
  await page.getByRole('combobox', { name: 'Command' }).fill('switch to journey');
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Switch to journey…' });
  await expect(picker.getByRole('option')).toHaveCount(2);
  await page.keyboard.type('customer');
  await page.keyboard.press('Enter');
  const journeyName = page.getByRole('textbox', { name: 'Journey name' });
  await expect(journeyName).toHaveValue('Customer journey');
  await expect(undo).toHaveAccessibleName(`Undo: change emotion of 'Compare prices' in '${HOTEL}'`);

  // Undo goes back to the hotel journey and takes the emotion back there.
  await undo.click();
  await expect(journeyName).toHaveValue(HOTEL);
  await expect(editor.card('Compare prices').locator('.card-emotion')).toHaveText('Negative');
  const redo = page.getByRole('button', { name: /^Redo/ });
  await expect(redo).toHaveAccessibleName("Redo: change emotion of 'Compare prices'");
  await page.screenshot({
    path: join(SHOTS, 'undo-label.png'),
    clip: { x: 400, y: 0, width: 700, height: 60 },
  });
});

test('the palette reaches journeys, personas, lanes, future states and cards', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Palette');
  const journeyName = page.getByRole('textbox', { name: 'Journey name' });
  const command = async (name: string) => {
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command' }).fill(name);
    await page.keyboard.press('Enter');
  };
  /** Runs a command that asks for a choice, narrowing the choices by `choice`. */
  const pick = async (name: string, choice: string) => {
    await command(name);
    await page.keyboard.type(choice);
    await page.keyboard.press('Enter');
  };

  // Go to card: found by title across every lane, selected and brought into view.
  await command('go to card');
  const cards = page.getByRole('dialog', { name: 'Go to card…' });
  await expect(
    cards.getByRole('option', { name: /Invoice lacks the company VAT number/ }),
  ).toContainText('Expense · Pain points');
  await page.keyboard.type('digital key fails');
  await page.keyboard.press('Enter');
  const note = editor.note('Digital key fails on old phones');
  await expect(note).toBeInViewport();
  await expect(note).toHaveClass(/selected/);
  await expect(editor.title).toHaveValue('Digital key fails on old phones');

  // Lanes: hide one, show it again, add one.
  const laneLabels = page.getByTestId('lane-label');
  await pick('hide lane', 'pain points');
  await expect(laneLabels.filter({ hasText: 'Pain points' })).toHaveCount(0);
  await pick('show hidden lane', 'pain points');
  await expect(laneLabels.filter({ hasText: 'Pain points' })).toHaveCount(1);
  await pick('add lane', 'backstage');
  // The new lane is last, below the view; the inspector shows it selected.
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Backstage',
  );

  // Journeys: rename, future state and back, a new one from a template.
  await command('rename journey');
  await expect(journeyName).toBeFocused();
  await journeyName.fill('Hotel trip');
  await command('create future state');
  await expect(journeyName).toHaveValue('Hotel trip (future state)');
  await pick('current or future state', 'hotel');
  await expect(journeyName).toHaveValue('Hotel trip');
  await pick('new journey', 'five');
  await expect(journeyName).toHaveValue('Customer journey');

  // Personas, theme, insights: the same panels the buttons open.
  await command('personas');
  await expect(page.getByRole('dialog', { name: 'Personas' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Personas' })).toBeHidden();
  await command('insights');
  await expect(page.getByRole('dialog', { name: /Insights/ })).toBeVisible();
});

test('stage and lane names stay in view while a large map pans', async ({ page, workspace }) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Sticky');
  await expect(page.getByTestId('sticky-headers')).toHaveCount(0);
  // Drag the map up and to the left by its empty pane, as a hand would.
  const cell = (await editor.cell('Search').boundingBox())!;
  // The empty foot of the Search stage's touchpoint cell: canvas that pans.
  const from = { x: cell.x + cell.width / 2, y: cell.y + cell.height - 12 };
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
    await page.mouse.up();
  };
  await drag(0, -420);
  const stages = page.getByTestId('sticky-stage');
  await expect(stages.first()).toBeVisible();
  await expect(stages.first()).toHaveText(/^1\s*Plan$/);
  const band = (await stages.first().boundingBox())!;
  const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
  expect(Math.abs(band.y - canvas.y)).toBeLessThanOrEqual(1);
  // Each name sits over its own column.
  const column = (await editor.stage('Search').boundingBox())!;
  const search = (await stages.filter({ hasText: 'Search' }).boundingBox())!;
  expect(Math.abs(search.x - column.x)).toBeLessThanOrEqual(1);

  await drag(-300, 0);
  const lanes = page.getByTestId('sticky-lane');
  await expect(lanes.filter({ hasText: 'Emotion curve' })).toBeVisible();
  expect(Math.abs((await lanes.first().boundingBox())!.x - canvas.x)).toBeLessThanOrEqual(1);
  await page.screenshot({ path: join(SHOTS, 'sticky-headers-panned.png') });

  // Zoomed far out the names stay the same readable size, pinned the same way.
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await expect(stages.first()).toHaveCSS('font-size', '13px');
});
