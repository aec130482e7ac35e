import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { SidebarPage } from './support/sidebarPage';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

test.afterEach(({ workspace }) => {
  expect([...workspace.pageErrors, ...workspace.consoleErrors]).toEqual([]);
});

/** Browser mode on a new project of this test's own: one "Customer journey" to start with. */
async function serveProject(page: Page, workspace: Workspace): Promise<SidebarPage> {
  await workspace.serve(workspace.path('journeys.wayline'));
  const sidebar = new SidebarPage(page);
  await expect(sidebar.items()).toHaveCount(1);
  await sidebar.expectShown('Customer journey');
  return sidebar;
}

const TEMPLATES = [
  { label: 'Blank', journey: 'New journey' },
  { label: 'Customer lifecycle (8 stages)', journey: 'Customer journey' },
  { label: 'Five stages', journey: 'Customer journey' },
  { label: 'Service blueprint', journey: 'Service blueprint' },
  {
    label: 'Worked example: booking a hotel for a business trip',
    journey: 'Booking a hotel for a business trip',
  },
];

test('a journey from each template, and the picker works from the keyboard', async ({
  page,
  workspace,
}) => {
  const sidebar = await serveProject(page, workspace);

  await sidebar.addButton().click();
  const picker = sidebar.templatePicker();
  await expect(picker.getByRole('listitem')).toHaveCount(5);
  await expect(picker).toContainText('Awareness to advocacy, with the usual journey-map lanes.');
  await page.screenshot({ path: join(SHOTS, 'journeys-template-picker.png') });
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(sidebar.items()).toHaveCount(1);

  // Keyboard: the first template has the focus; arrows move, Enter picks.
  await sidebar.addButton().click();
  await expect(picker.getByRole('button', { name: 'Blank' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('button', { name: 'Five stages' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(sidebar.items()).toHaveCount(2);

  for (const t of TEMPLATES.filter((t) => t.label !== 'Five stages')) {
    await sidebar.newJourney(t.label);
    await sidebar.expectShown(t.journey);
    await expect(sidebar.property('Name of the journey')).toHaveValue(t.journey);
  }
  const beforeTheExample = [
    'Customer journey',
    'Customer journey',
    'New journey',
    'Customer journey',
    'Service blueprint',
  ];
  await expect
    .poll(() => sidebar.names())
    .toEqual([
      ...beforeTheExample,
      'Booking a hotel for a business trip',
      // The worked example brings its future state, implementing two of its opportunities.
      'Booking a hotel for a business trip (future state)',
    ]);
  // The worked example brings its persona, linked to the journey.
  await expect(sidebar.choice('Persona')).toHaveValue(/.+/);
  await expect(sidebar.choice('Persona').locator('option:checked')).toHaveText('Maya Okafor');
  await expect(sidebar.nav.getByRole('button', { name: 'Personas (1)' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'journeys-from-templates.png') });

  // Undo takes the last new journey away and the sidebar shows another one.
  await sidebar.undo();
  await expect(sidebar.items()).toHaveCount(5);
  await expect(sidebar.shown()).toHaveCount(1);

  await sidebar.expectSaved();
  await page.reload();
  await expect(sidebar.items()).toHaveCount(5);
  await expect.poll(() => sidebar.names()).toEqual(beforeTheExample);
});

test('rename, duplicate, future state, reorder, delete and undo', async ({ page, workspace }) => {
  const sidebar = await serveProject(page, workspace);

  // Rename three ways: double-click, F2, the menu. Esc gives up, Enter keeps.
  await sidebar.item('Customer journey').locator('.journey-open').dblclick();
  await sidebar.renameField().fill('Checkout');
  await sidebar.renameField().press('Enter');
  await sidebar.expectShown('Checkout');
  await sidebar.item('Checkout').locator('.journey-open').focus();
  await page.keyboard.press('F2');
  await sidebar.renameField().fill('Ignored');
  await sidebar.renameField().press('Escape');
  await expect(sidebar.item('Checkout')).toBeVisible();
  await sidebar.action('Checkout', 'Rename');
  await sidebar.renameField().fill('Online checkout');
  await sidebar.renameField().press('Enter');
  await expect(page.getByRole('textbox', { name: 'Journey name' })).toHaveValue('Online checkout');
  // One rename is one undo step.
  await sidebar.undo();
  await expect(sidebar.item('Checkout')).toBeVisible();
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(sidebar.item('Online checkout')).toBeVisible();

  await sidebar.action('Online checkout', 'Duplicate');
  await sidebar.expectShown('Online checkout (copy)');
  await expect(sidebar.property('Description of the journey')).toBeVisible();

  await sidebar.action('Online checkout', 'Create future state');
  const future = 'Online checkout (future state)';
  await sidebar.expectShown(future);
  await expect(sidebar.item(future).locator('.state-badge')).toHaveText('Future');
  await expect(sidebar.item(future)).toContainText('Improves on Online checkout');
  await expect(sidebar.choice('State')).toHaveValue('future');
  await expect(sidebar.choice('Improves on').locator('option:checked')).toHaveText(
    'Online checkout',
  );
  // A future state has no future state of its own.
  await sidebar
    .item(future)
    .getByRole('button', { name: `Actions for ${future}` })
    .click();
  await expect(page.getByRole('menuitem', { name: 'Create future state' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  expect(await sidebar.names()).toEqual(['Online checkout', future, 'Online checkout (copy)']);
  await page.screenshot({ path: join(SHOTS, 'journeys-future-state.png') });

  // Reorder.
  await sidebar.action('Online checkout (copy)', 'Move up');
  await expect
    .poll(() => sidebar.names())
    .toEqual(['Online checkout', 'Online checkout (copy)', future]);
  await sidebar.action('Online checkout', 'Move down');
  await expect
    .poll(() => sidebar.names())
    .toEqual(['Online checkout (copy)', 'Online checkout', future]);

  // Deleting the shown journey shows its neighbour; undo brings it back, link and all.
  await sidebar.item('Online checkout').locator('.journey-open').click();
  await sidebar.action('Online checkout', 'Delete');
  await expect(sidebar.items()).toHaveCount(2);
  await sidebar.expectShown(future);
  await expect(sidebar.item(future)).not.toContainText('Improves on');
  await sidebar.undo();
  await expect(sidebar.items()).toHaveCount(3);
  await expect(sidebar.item(future)).toContainText('Improves on Online checkout');

  await sidebar.expectSaved();
  await page.reload();
  await expect
    .poll(() => sidebar.names())
    .toEqual(['Online checkout (copy)', 'Online checkout', future]);
  await sidebar.item(future).locator('.journey-open').click();
  await expect(sidebar.choice('Improves on').locator('option:checked')).toHaveText(
    'Online checkout',
  );
});

test('deleting every journey leaves an empty state that starts a new one', async ({
  page,
  workspace,
}) => {
  const sidebar = await serveProject(page, workspace);
  await sidebar.action('Customer journey', 'Delete');
  await expect(sidebar.items()).toHaveCount(0);
  const empty = sidebar.nav.getByTestId('journeys-empty');
  await expect(empty).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'journeys-empty.png') });
  await sidebar.undo();
  await sidebar.expectShown('Customer journey');
  await sidebar.action('Customer journey', 'Delete');
  await empty.getByRole('button', { name: 'New journey' }).click();
  await sidebar.templatePicker().getByRole('button', { name: 'Service blueprint' }).click();
  await sidebar.expectShown('Service blueprint');

  // The sidebar folds away and comes back.
  await sidebar.nav.getByRole('button', { name: 'Hide journeys' }).click();
  await expect(sidebar.items()).toHaveCount(0);
  await sidebar.nav.getByRole('button', { name: 'Show journeys' }).click();
  await expect(sidebar.items()).toHaveCount(1);
});

test('personas: create, edit, link to a journey, delete and undo, all persisted', async ({
  page,
  workspace,
}) => {
  const sidebar = await serveProject(page, workspace);
  const panel = await sidebar.openPersonas();
  await expect(panel).toContainText('No personas yet');
  await panel.getByRole('button', { name: '+ New persona' }).click();
  // A new persona is named first.
  await expect(panel.getByLabel('Name')).toBeFocused();
  await panel.getByLabel('Name').fill('Sam Rivera');
  await panel.getByLabel('Role').fill('Store manager');
  await panel.getByLabel('Quote').fill('“Keep the queue short.”');
  await panel.getByLabel('Goals').fill('Short queues\nHappy staff');
  await panel.getByLabel('Needs').fill('Live stock levels');
  await panel.getByLabel('Frustrations').fill('Paper rotas');
  await panel.getByRole('radio', { name: /^Colour 2/ }).click();
  await expect(panel.getByRole('radio', { name: /^Colour 2/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await panel.getByRole('button', { name: '+ New persona' }).click();
  await panel.getByLabel('Name').fill('Ana');
  // It gets a colour no other persona has: the first, now that Sam has the second.
  await expect(panel.getByRole('radio', { name: /^Colour 1/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: join(SHOTS, 'journeys-personas.png') });
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await sidebar.choice('Persona').selectOption({ label: 'Sam Rivera' });
  await expect(sidebar.item('Customer journey').locator('.persona-dot')).toHaveAttribute(
    'title',
    'Persona: Sam Rivera',
  );
  await page.screenshot({ path: join(SHOTS, 'journeys-persona-linked.png') });

  // Deleting the persona unlinks the journey; one undo restores both.
  await sidebar.openPersonas();
  await panel.getByRole('button', { name: /Sam Rivera/ }).click();
  await panel.getByRole('button', { name: 'Delete persona' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(sidebar.choice('Persona')).toHaveValue('');
  await sidebar.undo();
  await expect(sidebar.choice('Persona').locator('option:checked')).toHaveText('Sam Rivera');

  await sidebar.expectSaved();
  await page.reload();
  await sidebar.expectShown('Customer journey');
  await expect(sidebar.choice('Persona').locator('option:checked')).toHaveText('Sam Rivera');
  await sidebar.openPersonas();
  await panel.getByRole('button', { name: /Sam Rivera/ }).click();
  await expect(panel.getByLabel('Role')).toHaveValue('Store manager');
  await expect(panel.getByLabel('Quote')).toHaveValue('“Keep the queue short.”');
  await expect(panel.getByLabel('Goals')).toHaveValue('Short queues\nHappy staff');
  await expect(panel.getByLabel('Needs')).toHaveValue('Live stock levels');
  await expect(panel.getByLabel('Frustrations')).toHaveValue('Paper rotas');
  await expect(panel.getByRole('radio', { name: /^Colour 2/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});
