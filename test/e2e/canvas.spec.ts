import { join } from 'node:path';
import type { EditorPage } from './support/editorPage';
import { expect, SHOTS, test as base } from './support/workspace';

/** `editor`: a project seeded with the customer-lifecycle template, open in the editor. */
const test = base.extend<{ editor: EditorPage }>({
  editor: async ({ workspace }, use) => {
    await use(await workspace.serveSeeded(['lifecycle']));
  },
});

test('the worked example shows persona, lanes of every kind, connections and the emotion curve', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example']);
  await editor.fitView();
  await expect(page.getByTestId('persona-band')).toContainText('Maya Okafor');
  // Note cards of other lanes, not only touchpoints.
  await expect(
    page.locator('[data-testid="note-card"][data-lane-kind="painPoints"]').first(),
  ).toBeVisible();
  await expect(
    page.locator('[data-testid="note-card"][data-lane-kind="opportunities"]').first(),
  ).toBeVisible();
  // The curve has one point per touchpoint, and marks the troughs.
  const touchpoints = await editor.cards().count();
  await expect(page.getByTestId('curve-point')).toHaveCount(touchpoints);
  expect(
    await page.locator('[data-testid="curve-point"][data-low="true"]').count(),
  ).toBeGreaterThan(0);
  // Connections, with labels for the alternative and failure paths.
  await expect(page.locator('.react-flow__edge')).toHaveCount(10);
  await expect(page.locator('.edge-label', { hasText: 'Fee shown late' })).toBeVisible();
  // Cards carry meaningful accessible names.
  await expect(
    page
      .getByRole('group', {
        name: /^Touchpoint: .+, emotion (very negative|negative|neutral|positive|very positive), effort \d of 7/,
      })
      .first(),
  ).toBeAttached();
  await page.screenshot({ path: join(SHOTS, 'worked-example-light.png') });

  // The curve follows an edit: making a card very negative moves its point down.
  const first = editor.cards().first();
  const title = (await first.locator('.card-title').textContent()) ?? '';
  await first.click();
  await editor.setEmotion('Very negative');
  const id = await first.getAttribute('data-touchpoint-id');
  await expect(
    page.locator(`[data-testid="curve-point"][data-emotion="-2"]`).first(),
  ).toBeAttached();
  await expect(editor.card(title).locator('.card-emotion')).toContainText('Very negative');
  expect(id).toBeTruthy();
});

test('a service blueprint draws its three lines between the lanes', async ({ page, workspace }) => {
  const editor = await workspace.serveSeeded(['service-blueprint']);
  await editor.fitView();
  const lines = page.getByTestId('blueprint-line');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText('Line of interaction');
  await expect(lines.nth(1)).toContainText('Line of visibility');
  await expect(lines.nth(2)).toContainText('Line of internal interaction');
  await page.screenshot({ path: join(SHOTS, 'service-blueprint.png') });
});

test('arrows are drawn between touchpoints by dragging from a card handle, and deleted with Delete', async ({
  page,
  editor,
}) => {
  await editor.addTouchpoint('Awareness', 'Sees an ad', 'Positive', 2);
  await editor.addTouchpoint('Discovery', 'Reads reviews', 'Neutral', 3);
  await editor.expectSaved();
  const from = editor.card('Sees an ad');
  await from.hover();
  const handle = page
    .locator('.react-flow__node', { has: from })
    .locator('.react-flow__handle.source');
  const start = await handle.boundingBox();
  const end = await editor.card('Reads reviews').boundingBox();
  if (!start || !end) throw new Error('cards are not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 10 });
  await page.mouse.up();
  const edge = page.getByRole('group', { name: 'Connection from Sees an ad to Reads reviews' });
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await editor.expectSaved();
  await page.reload();
  await expect(edge).toHaveCount(1);

  // Reached by keyboard like any element: focus, Enter selects it, Delete removes it.
  await edge.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await editor.expectSaved();
  await page.reload();
  await expect(edge).toHaveCount(1);
});

test('stages reorder by dragging their header, taking their cards along', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['five-stage']);
  await editor.addTouchpoint('Awareness', 'Hears from a friend', 'Positive', 1);
  await editor.expectSaved();
  expect((await editor.stageNames()).slice(0, 3)).toEqual([
    'Awareness',
    'Consideration',
    'Purchase',
  ]);
  const header = editor.stage('Awareness').locator('.stage-header');
  const target = await editor.stage('Consideration').locator('.stage-header').boundingBox();
  const box = await header.boundingBox();
  if (!box || !target) throw new Error('stages are not on screen');
  await page.mouse.move(box.x + 20, box.y + box.height - 10);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width * 0.9, box.y + box.height - 10, { steps: 15 });
  await page.mouse.up();
  await expect
    .poll(() => editor.stageNames())
    .toEqual(['Consideration', 'Awareness', 'Purchase', 'Retention', 'Advocacy']);
  await expect(editor.card('Hears from a friend')).toHaveAttribute('data-stage', 'Awareness');
  await editor.expectSaved();
  await page.reload();
  await expect
    .poll(() => editor.stageNames())
    .toEqual(['Consideration', 'Awareness', 'Purchase', 'Retention', 'Advocacy']);
});

test('a card title is edited in place on the canvas, as one undo step', async ({
  page,
  editor,
}) => {
  await editor.addTouchpoint('Awareness', 'Sees an ad', 'Positive', 2);
  await editor.card('Sees an ad').locator('.card-title').dblclick();
  const input = page.getByRole('textbox', { name: 'Card title' });
  await expect(input).toBeFocused();
  await input.fill('Sees a billboard');
  await page.keyboard.press('Enter');
  await expect(editor.card('Sees a billboard')).toHaveCount(1);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(editor.card('Sees an ad')).toHaveCount(1);
});

test('a marquee drawn with Shift selects the cards inside it', async ({ page, editor }) => {
  await editor.addTouchpoint('Awareness', 'Sees an ad', 'Positive', 2);
  await editor.addTouchpoint('Discovery', 'Reads reviews', 'Neutral', 3);
  await editor.addTouchpoint('Interaction', 'Calls support', 'Negative', 5);
  await editor.expectSaved();
  const first = await editor.card('Sees an ad').boundingBox();
  const second = await editor.card('Reads reviews').boundingBox();
  const stage = await editor.stage('Awareness').boundingBox();
  if (!first || !second || !stage) throw new Error('cards are not on screen');
  // From the empty canvas below the map (at any zoom) up to just before the first card.
  await page.keyboard.down('Shift');
  await page.mouse.move(second.x + second.width + 4, stage.y + stage.height + 24);
  await page.mouse.down();
  await page.mouse.move(first.x - 4, first.y - 4, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node-touchpoint.selected')).toHaveCount(2);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('2 selected');
});

test('dragging the empty body of a stage pans the map', async ({ page, editor }) => {
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const cell = await editor.cell('Discovery', 'painPoints').boundingBox();
  if (!cell) throw new Error('cell is not on screen');
  await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2);
  await page.mouse.down();
  await page.mouse.move(cell.x + cell.width / 2 - 150, cell.y + cell.height / 2 - 80, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
  await expect.poll(() => editor.stageNames()).toContain('Discovery');
});

test('a new 8-stage project opens showing its whole template', async ({ page, workspace }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await workspace.serve(workspace.path('new.wayline'));
  const canvas = page.getByTestId('journey-canvas');
  const stages = page.getByTestId('stage-column');
  await expect(stages).toHaveCount(8);
  const view = (await canvas.boundingBox())!;
  for (const stage of await stages.all()) {
    const box = (await stage.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(view.x);
    expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
  }
  await page.screenshot({ path: join(SHOTS, 'new-project-whole-template.png') });
});
