import { join } from 'node:path';
import type { ProjectDoc } from '../../shared/model/types';
import { EditorPage } from './support/editorPage';
import { InspectorPage } from './support/inspectorPage';
import { expect, SHOTS, test as base } from './support/workspace';

const PROJECT = 'inspector.wayline';

/** The test's own new project open in browser mode, its inspector, and a look into its file. */
interface Ui {
  editor: EditorPage;
  ins: InspectorPage;
  /** What the project file holds, read with the app's own store once the server has let go of it. */
  fileContents: () => Promise<ProjectDoc>;
}

const test = base.extend<{ ui: Ui }>({
  ui: async ({ page, workspace }, use) => {
    await workspace.serve(workspace.path(PROJECT));
    const editor = new EditorPage(page);
    await expect(editor.stage('Awareness')).toBeVisible();
    await use({
      editor,
      ins: new InspectorPage(page),
      fileContents: () => workspace.savedDoc(PROJECT),
    });
  },
});

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

test('a long paste is cut to the limit with a notice, and a counter shows near it', async ({
  page,
  context,
  ui: { ins, fileContents },
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Add touchpoint to Awareness' }).click();
  const title = ins.textbox('Title');
  await expect(title).toBeFocused();
  const field = title.locator('xpath=ancestor::div[contains(@class, "field")][1]');
  // A short title: no counter.
  await title.fill('Short');
  await expect(field.getByTestId('field-length')).toHaveCount(0);

  await title.fill('');
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'x'.repeat(5000));
  await page.keyboard.press('Control+v');
  await expect(title).toHaveValue('x'.repeat(500));
  await expect(field.getByRole('status')).toHaveText(
    'Pasted text was cut to fit the 500-character limit: 4,500 characters left out.',
  );
  await expect(field.locator('.field-counter')).toHaveText('500 / 500');
  await page.screenshot({ path: join(SHOTS, 'inspector-paste-cut.png') });

  // Typing on clears the notice; the counter stays while the text is near the limit.
  await page.keyboard.press('Backspace');
  await expect(field.getByRole('status')).toHaveCount(0);
  await expect(field.locator('.field-counter')).toHaveText('499 / 500');
  await ins.expectSaved();
  const doc = await fileContents();
  expect(Object.values(doc.touchpoints).map((t) => t.title.length)).toContain(499);
});

test('every touchpoint field is set in the inspector and kept in the file', async ({
  page,
  ui: { editor, ins, fileContents },
}) => {
  await page.getByRole('button', { name: 'Add touchpoint to Awareness' }).click();
  await expect(ins.textbox('Title')).toBeFocused();
  await ins.textbox('Title').fill('Uses the kiosk');
  await ins.textbox('Description').fill('Self-service kiosk in the lobby.');
  await ins.select('Channel').selectOption('Custom…');
  await expect(ins.textbox('Custom channel')).toBeFocused();
  await page.keyboard.type('Kiosk');
  await ins.emotion('Negative').click();
  await ins.effort(6).click();
  await ins.toggle('Moment of truth').check();
  await ins.textbox('Owner / department').fill('Front office');
  await ins.addTags('arrival', 'self-service', 'typo');
  await ins.button('Remove tag typo').click();
  await ins.addTags('extra');
  await ins.textbox('Add tag').press('Backspace');
  await expect(ins.tags()).toHaveText(['arrival×', 'self-service×']);
  await ins.textbox('Evidence').fill('Interviews: 4 of 6 guests queued.');
  await ins.select('Stage').selectOption({ label: 'Discovery' });
  await expect(editor.card('Uses the kiosk')).toHaveAttribute('data-stage', 'Discovery');
  await page.screenshot({ path: join(SHOTS, 'inspector-touchpoint.png') });
  await ins.expectSaved();

  await page.reload();
  await editor.card('Uses the kiosk').click();
  await expect(ins.heading('Touchpoint')).toBeVisible();
  await expect(ins.textbox('Title')).toHaveValue('Uses the kiosk');
  await expect(ins.textbox('Description')).toHaveValue('Self-service kiosk in the lobby.');
  await expect(ins.textbox('Custom channel')).toHaveValue('Kiosk');
  await expect(ins.emotion('Negative')).toHaveAttribute('aria-checked', 'true');
  await expect(ins.effort(6)).toHaveAttribute('aria-checked', 'true');
  await expect(ins.toggle('Moment of truth')).toBeChecked();
  await expect(ins.textbox('Owner / department')).toHaveValue('Front office');
  await expect(ins.tags()).toHaveText(['arrival×', 'self-service×']);
  await expect(ins.textbox('Evidence')).toHaveValue('Interviews: 4 of 6 guests queued.');

  // A standard channel replaces the custom one.
  await ins.select('Channel').selectOption('In store');
  await expect(ins.textbox('Custom channel')).toHaveCount(0);
  await ins.expectSaved();

  const doc = await fileContents();
  const [card] = Object.values(doc.touchpoints);
  expect(card).toMatchObject({
    title: 'Uses the kiosk',
    description: 'Self-service kiosk in the lobby.',
    channel: 'In store',
    emotion: -1,
    effort: 6,
    momentOfTruth: true,
    owner: 'Front office',
    tags: ['arrival', 'self-service'],
    evidence: 'Interviews: 4 of 6 guests queued.',
  });
  expect(doc.stages[card!.stageId]?.name).toBe('Discovery');
});

test('a card moved to another lane becomes a note card with a title and a text', async ({
  page,
  ui: { editor, ins },
}) => {
  await editor.addUnratedTouchpoint('Purchase', 'Card is declined');
  await ins.select('Lane').selectOption({ label: 'Pain points' });
  await expect(ins.heading('Pain point')).toBeVisible();
  await expect(ins.panel.getByRole('radiogroup', { name: 'Emotion' })).toHaveCount(0);
  await ins.textbox('Text').fill('No retry offered; the basket is emptied.');
  await page.screenshot({ path: join(SHOTS, 'inspector-note-card.png') });
  await ins.expectSaved();

  await page.reload();
  await expect(editor.card('Card is declined')).toHaveCount(0);
  await editor.note('Card is declined').click();
  await expect(ins.heading('Pain point')).toBeVisible();
  await expect(ins.textbox('Text')).toHaveValue('No retry offered; the basket is emptied.');
  await expect(ins.select('Lane').locator('option:checked')).toHaveText('Pain points');
  await ins.button('Delete pain point').click();
  await expect(editor.note('Card is declined')).toHaveCount(0);
});

test('a new touchpoint is not rated: the card says so, the curve leaves a gap, a rating can be taken back', async ({
  page,
  ui: { editor, ins, fileContents },
}) => {
  await editor.addTouchpoint('Awareness', 'Sees an ad', 'Positive', 2);
  await editor.addUnratedTouchpoint('Awareness', 'Hears from a friend');
  await editor.addTouchpoint('Discovery', 'Reads reviews', 'Negative', 5);
  const unrated = editor.card('Hears from a friend');
  await expect(unrated.locator('.card-emotion')).toContainText('Not rated');
  await expect(unrated.locator('.effort-word')).toHaveText('Effort not rated');
  // Two points on the curve, not three, and the line breaks at the unrated card.
  await expect(page.getByTestId('curve-point')).toHaveCount(2);
  const path = await page.locator('.emotion-curve .curve-line').getAttribute('d');
  expect(path?.match(/M/g)).toHaveLength(2);
  await page.screenshot({ path: join(SHOTS, 'unrated-cards.png') });

  // Rated, then taken back with "Not rated".
  await editor.card('Sees an ad').click();
  await expect(page.getByTestId('emotion-not-rated')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('emotion-not-rated').click();
  await page.getByTestId('effort-not-rated').click();
  await expect(editor.card('Sees an ad').locator('.card-emotion')).toContainText('Not rated');
  await expect(page.getByTestId('emotion-not-rated')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('curve-point')).toHaveCount(1);
  await ins.expectSaved();
  const doc = await fileContents();
  const byTitle = (title: string) => Object.values(doc.touchpoints).find((t) => t.title === title)!;
  expect(byTitle('Sees an ad')).toMatchObject({ emotion: null, effort: null });
  expect(byTitle('Hears from a friend')).toMatchObject({ emotion: null, effort: null });
  expect(byTitle('Reads reviews')).toMatchObject({ emotion: -1, effort: 5 });
});

test('a stage gets a colour, a goal and a new place', async ({
  page,
  ui: { editor, ins, fileContents },
}) => {
  await editor.stage('Discovery').locator('.stage-header').click();
  await expect(ins.heading('Stage')).toBeVisible();
  await ins.panel.getByRole('radio', { name: 'Green' }).click();
  await ins.textbox('Customer goal').fill('Find out whether it fits my budget.');
  await ins.button('Move right →').click();
  await page.screenshot({ path: join(SHOTS, 'inspector-stage.png') });
  await ins.expectSaved();

  await page.reload();
  await editor.fitView();
  await expect
    .poll(() => editor.stageNames())
    .toEqual([
      'Awareness',
      'Attraction',
      'Discovery',
      'Interaction',
      'Purchase',
      'Use',
      'Cultivation',
      'Advocacy',
    ]);
  await editor.stage('Discovery').locator('.stage-header').click();
  await expect(ins.panel.getByRole('radio', { name: 'Green' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(ins.textbox('Customer goal')).toHaveValue('Find out whether it fits my budget.');
  const doc = await fileContents();
  const stage = Object.values(doc.stages).find((s) => s.name === 'Discovery');
  expect(stage).toMatchObject({
    color: '#37b24d',
    description: 'Find out whether it fits my budget.',
  });
});

test('lanes are renamed, collapsed, hidden, shown, moved, added and deleted with undo', async ({
  page,
  ui: { editor, ins, fileContents },
}) => {
  await editor.addUnratedTouchpoint('Awareness', 'Sees an ad');

  // Keyboard: the lane label is a button.
  await ins.laneLabel('Pain points').focus();
  await page.keyboard.press('Enter');
  await expect(ins.heading('Lane')).toBeVisible();
  await expect(ins.panel).toContainText('Pain points');
  await ins.textbox('Name').fill('Frictions');
  await expect(ins.laneLabel('Frictions')).toHaveCount(1);
  await ins.button('↑ Move up').click();
  await ins.toggle('Collapsed').check();
  await page.screenshot({ path: join(SHOTS, 'inspector-lane.png') });
  /** The lanes once "Pain points" is renamed and moved up one. */
  const renamedAndMoved = [
    'Customer actions',
    'Touchpoints',
    'Thoughts and feelings',
    'Frictions',
    'Emotion curve',
    'Opportunities',
  ];
  await expect.poll(() => ins.laneNames()).toEqual(renamedAndMoved);

  // Hide a lane, and bring it back from the overview.
  await ins.laneLabel('Thoughts and feelings').click();
  await ins.toggle('Hidden').check();
  await expect(ins.laneLabel('Thoughts and feelings')).toHaveCount(0);
  // A click on the empty canvas clears the selection.
  await page.getByTestId('journey-canvas').click({ position: { x: 6, y: 6 } });
  await expect(ins.heading('Journey')).toBeVisible();
  await expect(ins.panel.getByRole('region', { name: 'Hidden lanes' })).toContainText(
    'Thoughts and feelings',
  );
  await page.screenshot({ path: join(SHOTS, 'inspector-overview.png') });
  await ins.button('Show lane Thoughts and feelings').click();
  await expect(ins.laneLabel('Thoughts and feelings')).toHaveCount(1);

  // A custom text lane, added from the overview.
  await ins.select('Lane kind').selectOption('text');
  await ins.textbox('Lane name').fill('Quotes');
  await ins.button('+ Add lane').click();
  await expect(ins.heading('Lane')).toBeVisible();
  await expect(ins.laneLabel('Quotes')).toHaveCount(1);

  // Deleting a lane takes its cards; undo brings both back.
  await ins.laneLabel('Touchpoints').click();
  await ins.button('Delete lane and its 1 card').click();
  await expect(ins.laneLabel('Touchpoints')).toHaveCount(0);
  await expect(editor.cards()).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(ins.laneLabel('Touchpoints')).toHaveCount(1);
  await expect(editor.card('Sees an ad')).toHaveCount(1);
  await ins.expectSaved();

  await page.reload();
  await expect.poll(() => ins.laneNames()).toEqual([...renamedAndMoved, 'Quotes']);
  const doc = await fileContents();
  const lanes = Object.values(doc.lanes);
  expect(lanes.find((l) => l.name === 'Frictions')).toMatchObject({
    kind: 'painPoints',
    collapsed: true,
    hidden: false,
  });
  expect(lanes.find((l) => l.name === 'Quotes')).toMatchObject({ kind: 'text' });
  expect(Object.values(doc.touchpoints).map((t) => t.title)).toEqual(['Sees an ad']);
});

test('several touchpoints get one emotion, effort, channel and moment of truth in one step', async ({
  page,
  ui: { editor, ins, fileContents },
}) => {
  await editor.addTouchpoint('Awareness', 'First', 'Positive', 2);
  await editor.addTouchpoint('Awareness', 'Second', 'Neutral', 4);
  await editor.card('First').click();
  await editor.card('Second').click({ modifiers: ['Shift'] });
  await expect(ins.heading('2 selected')).toBeVisible();
  await expect(ins.panel.getByRole('radio', { checked: true })).toHaveCount(0);

  await ins.emotion('Very negative').click();
  await ins.effort(7).click();
  await ins.select('Channel').selectOption('Phone');
  await ins.toggle('Moment of truth').check();
  await page.screenshot({ path: join(SHOTS, 'inspector-multi.png') });
  await editor.expectCard('First', 'Awareness', 'Very negative', 'Very high');
  await editor.expectCard('Second', 'Awareness', 'Very negative', 'Very high');

  // Each bulk change is one undo step for both cards.
  await ins.heading('2 selected').click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(ins.select('Channel')).toHaveValue('');
  await ins.expectSaved();

  const doc = await fileContents();
  const cards = Object.values(doc.touchpoints).sort((a, b) => a.title.localeCompare(b.title));
  expect(cards.map((t) => [t.title, t.emotion, t.effort, t.channel, t.momentOfTruth])).toEqual([
    ['First', -2, 7, '', false],
    ['Second', -2, 7, '', false],
  ]);
});
