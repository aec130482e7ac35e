import { join } from 'node:path';
import { connectionsOf, getEntity, lanesOf, stagesOf } from '../../shared/model/doc';
import { EditorPage } from './support/editorPage';
import { KeyboardPage } from './support/keyboardPage';
import { seedProject } from './support/seed';
import { expect, SHOTS, test as base } from './support/workspace';

const PROJECT = 'keyboard.wayline';

/** A five-stage journey (actions, touchpoints, thoughts, curve, pain points, opportunities). */
const test = base.extend<{ kb: KeyboardPage; editor: EditorPage }>({
  kb: async ({ page, workspace }, use) => {
    seedProject(workspace.path(PROJECT), 'Keyboard', ['five-stage']);
    await workspace.serve(workspace.path(PROJECT));
    await expect(page.getByTestId('stage-column').first()).toBeVisible();
    await use(new KeyboardPage(page));
  },
  editor: async ({ page }, use) => use(new EditorPage(page)),
});

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

/** Adds a touchpoint where the focus is (an empty cell) and rates it, all by keyboard. */
async function addRatedCard(
  kb: KeyboardPage,
  key: 'n' | 'Enter',
  title: string,
  emotion: string,
  effort: number,
): Promise<void> {
  await kb.page.keyboard.press(key);
  await expect(kb.page.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await kb.page.keyboard.type(title);
  await kb.tabToGroup('Emotion');
  await kb.chooseRadio('Emotion', emotion);
  await kb.tabToGroup('Effort');
  await kb.chooseRadio('Effort', `${effort}:`);
  // Escape leaves the inspector for the card on the map.
  await kb.page.keyboard.press('Escape');
  await kb.expectOnMap('card', new RegExp(title));
}

test('a journey built by keyboard alone: stages, rated touchpoints, a pain point, an opportunity, an arrow', async ({
  page,
  kb,
  workspace,
}) => {
  // The map is one Tab stop; with no cards yet it is the first stage's header.
  await kb.tabIntoMap();
  await kb.expectOnMap('stage', /Stage 1: Awareness/);
  await page.screenshot({ path: join(SHOTS, 'keyboard-focus-stage-light.png') });

  // A stage: Shift+N adds it with its name field focused; Escape goes back to its header.
  await page.keyboard.press('Shift+N');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await kb.typeOver('Renewal');
  await page.keyboard.press('Escape');
  await kb.expectOnMap('stage', /Stage 6: Renewal/);
  // Rename a stage too: Enter on its header edits its name.
  await page.keyboard.press('Home');
  await kb.expectOnMap('stage', /Stage 1: Awareness/);
  await page.keyboard.press('Enter');
  await kb.typeOver('Discover');
  await page.keyboard.press('Escape');
  await kb.expectOnMap('stage', /Stage 1: Discover/);

  // Touchpoints: down to the empty touchpoints cell of the first stage, N adds one there.
  await kb.pressUntil('ArrowDown', (f) => /Empty Touchpoints cell of Discover/.test(f.name));
  await addRatedCard(kb, 'n', 'Sees an ad', 'Positive', 2);
  await page.screenshot({ path: join(SHOTS, 'keyboard-focus-card-light.png') });
  await page.keyboard.press('ArrowRight');
  await kb.expectOnMap('cell', /Empty Touchpoints cell of Consideration/);
  await addRatedCard(kb, 'Enter', 'Compares fees', 'Negative', 5);

  // A pain point and an opportunity, in their own lanes, from the keyboard.
  await kb.pressUntil('ArrowDown', (f) => /Empty Pain points cell of Consideration/.test(f.name));
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('Hidden fees');
  await page.keyboard.press('Escape');
  await kb.expectOnMap('card', /Pain point: Hidden fees/);
  await page.keyboard.press('ArrowDown');
  await kb.expectOnMap('cell', /Empty Opportunities cell of Consideration/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Show every fee up front');
  await page.keyboard.press('Escape');
  await kb.expectOnMap('card', /Opportunity: Show every fee up front/);

  // A second Escape, now on the map, clears the selection.
  await page.keyboard.press('Escape');
  await expect(page.locator('.note-card.selected')).toHaveCount(0);

  // An arrow: Ctrl+Home goes to the first card, Ctrl+L picks the card it goes to.
  await page.keyboard.press('Control+Home');
  await kb.expectOnMap('card', /Touchpoint: Sees an ad/);
  await page.keyboard.press('Control+l');
  const picker = page.getByRole('dialog', { name: /Connect “Sees an ad” to/ });
  await expect(picker).toBeVisible();
  await page.keyboard.type('compares');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await kb.expectOnMap('card', /Touchpoint: Sees an ad/);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Its label, edited from the card's connections in the inspector.
  await page.keyboard.press('Enter');
  await kb.tabToField('Label of the arrow to Compares fees');
  await page.keyboard.type('Clicks through');
  await page.keyboard.press('Escape');
  await kb.expectOnMap('card', /Touchpoint: Sees an ad/);

  // A second arrow, made and deleted by keyboard.
  await page.keyboard.press('Control+l');
  await page.keyboard.type('hidden');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await page.keyboard.press('Enter');
  await kb.tabToField('Delete arrow to Hidden fees');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await kb.expectOnMap('card', /Touchpoint: Sees an ad/);

  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  const doc = await workspace.savedDoc(PROJECT);
  const journey = Object.values(doc.journeys)[0]!;
  const stages = stagesOf(doc, journey.id);
  expect(stages.map((s) => s.name)).toEqual([
    'Discover',
    'Consideration',
    'Purchase',
    'Retention',
    'Advocacy',
    'Renewal',
  ]);
  const lanes = new Map(lanesOf(doc, journey.id).map((l) => [l.id, l.kind]));
  const cards = Object.values(doc.touchpoints).map((t) => ({
    title: t.title,
    stage: getEntity(doc, 'stages', t.stageId)?.name,
    lane: lanes.get(t.laneId),
    emotion: t.emotion,
    effort: t.effort,
  }));
  expect(cards).toEqual(
    expect.arrayContaining([
      { title: 'Sees an ad', stage: 'Discover', lane: 'touchpoints', emotion: 1, effort: 2 },
      {
        title: 'Compares fees',
        stage: 'Consideration',
        lane: 'touchpoints',
        emotion: -1,
        effort: 5,
      },
      expect.objectContaining({ title: 'Hidden fees', stage: 'Consideration', lane: 'painPoints' }),
      expect.objectContaining({
        title: 'Show every fee up front',
        stage: 'Consideration',
        lane: 'opportunities',
      }),
    ]),
  );
  expect(cards).toHaveLength(4);
  const arrows = connectionsOf(doc, journey.id).map((c) => ({
    from: getEntity(doc, 'touchpoints', c.fromId)?.title,
    to: getEntity(doc, 'touchpoints', c.toId)?.title,
    label: c.label,
  }));
  expect(arrows).toEqual([{ from: 'Sees an ad', to: 'Compares fees', label: 'Clicks through' }]);
});

test.describe('on a map wider than the window', () => {
  test.use({ viewport: { width: 1000, height: 700 } });

  test('the keyboard reaches cards, stages and their "+ Add" that are not drawn, and the view follows', async ({
    page,
    workspace,
  }) => {
    await workspace.serveSeeded(['hotel-example'], 'Wide');
    const kb = new KeyboardPage(page);
    const lastStage = page.locator('[data-testid="stage-column"][data-stage-name="Expense"]');
    const lastCard = page.getByTestId('note-card').filter({ hasText: 'Send the itemised' });
    // Culled: far off to the right, not in the page at all.
    await expect(lastCard).toHaveCount(0);

    await kb.tabIntoMap();
    await page.keyboard.press('Control+End');
    const onCard = await kb.expectOnMap('card', /Opportunity: Send the itemised/);
    await expect(lastCard).toBeInViewport();
    await expect(lastCard).toHaveClass(/selected/);
    await page.screenshot({ path: join(SHOTS, 'keyboard-culled-card-reached.png') });

    // Up to the header of its stage, then Tab: its "+ Add", then "Add stage".
    await kb.pressUntil('ArrowUp', (f) => f.kb?.startsWith('stage:') ?? false);
    await kb.expectOnMap('stage', /Stage 5: Expense/);
    await expect(lastStage.locator('header')).toBeInViewport();
    await page.keyboard.press('Tab');
    await kb.expectOnMap('add', /Add touchpoint to Expense/);
    await page.keyboard.press('Tab');
    await kb.expectOnMap('add-stage', /Add stage/);
    await expect(page.getByRole('button', { name: 'Add stage' })).toBeInViewport();

    // Back to the first card, far to the left now, and the lane labels beside it.
    await page.keyboard.press('Control+Home');
    await kb.expectOnMap('card', /Customer action: Gets the meeting invite/);
    await page.keyboard.press('ArrowLeft');
    await kb.expectOnMap('lane', /Lane Customer actions/);
    await expect(page.getByRole('button', { name: /^Lane Customer actions/ })).toBeInViewport();

    // Tab past the last card leaves the map; Shift+Tab comes back to the card it left.
    await page.keyboard.press('Control+End');
    await kb.expectOnMap('card', /Opportunity: Send the itemised/);
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await kb.focused()).kb).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect((await kb.expectOnMap('card', /Opportunity: Send the itemised/)).kb).toBe(onCard.kb);
  });
});
