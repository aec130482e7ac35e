import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { EditorPage } from './support/editorPage';
import { PresentPage } from './support/presentPage';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

const STAGES = ['Plan', 'Search', 'Book', 'Stay', 'Expense'];

// A 1080p projector.
test.use({ viewport: { width: 1920, height: 1080 } });

function openWorkedExample(workspace: Workspace): Promise<EditorPage> {
  return workspace.serveSeeded(['hotel-example'], 'Workshop');
}

async function present(page: Page): Promise<PresentPage> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const show = new PresentPage(page);
  await expect(show.root).toBeVisible();
  return show;
}

/** The worked example, opened and presented from the toolbar. */
async function presentWorkedExample(page: Page, workspace: Workspace): Promise<PresentPage> {
  await openWorkedExample(workspace);
  return present(page);
}

async function expectReadable(show: PresentPage): Promise<void> {
  const sizes = await show.visibleTextSizes();
  expect(sizes.length).toBeGreaterThan(5);
  const small = sizes.filter((s) => s.px < 18 - 0.01);
  expect(small, `text under 18 px: ${JSON.stringify(small.slice(0, 5))}`).toEqual([]);
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).include('[data-testid="presentation"]').analyze();
  // The presentation itself was checked, not an empty selection.
  expect(result.passes.length).toBeGreaterThan(10);
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('presents the worked example stage by stage, readable and accessible', async ({
  page,
  workspace,
}) => {
  const show = await presentWorkedExample(page, workspace);
  // Editing chrome is gone.
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByTestId('journey-canvas')).toBeHidden();
  await expect(show.root.locator('.react-flow__minimap, .react-flow__controls')).toHaveCount(0);

  // The overview: the whole journey with its persona, nothing dimmed.
  await show.expectStep('overview');
  await show.settle();
  await expect(show.root.getByRole('region', { name: 'Persona: Maya Okafor' })).toBeVisible();
  expect(await show.stageNames()).toEqual(STAGES);
  for (const name of STAGES) {
    expect(await show.stageInView(name)).toBe(true);
    await expect(show.stage(name)).toHaveAttribute('data-dimmed', 'false');
  }
  await expect(show.line).toContainText('Overview · 5 stages');
  await expectReadable(show);
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: join(SHOTS, 'present-0-overview.png') });

  for (const [i, name] of STAGES.entries()) {
    await show.press('ArrowRight', `stage-${i + 1}`);
    await show.settle();
    // The stage fills the screen (the stage view); on the map behind it, the others are dimmed.
    await expect(page.getByTestId('stage-view')).toHaveAttribute('data-stage-name', name);
    for (const other of STAGES.filter((s) => s !== name)) {
      await expect(show.stage(other)).toHaveAttribute('data-dimmed', 'true');
    }
    await expect(show.stage(name)).toHaveAttribute('data-dimmed', 'false');
    await expect(show.line).toContainText(`${name}${i + 1} of 5`);
    await expectReadable(show);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: join(SHOTS, `present-${i + 1}-${name.toLowerCase()}.png`) });
  }
  // The key insight of a stage: its goal and its low point.
  await expect(show.line).toContainText('Goal: Get reimbursed without chasing anyone.');
  await expect(show.line).toContainText(/Low point: .+ \((Very negative|Negative|Neutral)\)/);
  // Past the end it stays on the last stage; Left, Page Up and Shift+Space go back.
  await show.press('Space', 'stage-5');
  await show.press('ArrowLeft', 'stage-4');
  await show.press('PageUp', 'stage-3');
  await show.press('Shift+Space', 'stage-2');
  await show.press('PageDown', 'stage-3');
  await show.press('Home', 'overview');
  await show.press('End', 'stage-5');
});

test('F5 and the toolbar enter; Esc leaves to the editor as it was', async ({
  page,
  workspace,
}) => {
  const editor = await openWorkedExample(workspace);
  const flowTransform = () =>
    page.locator('[data-testid="journey-canvas"] .react-flow__viewport').getAttribute('style');
  const before = { names: await editor.stageNames(), transform: await flowTransform() };

  await page.keyboard.press('F5');
  const show = new PresentPage(page);
  await expect(show.root).toBeVisible();
  await show.press('ArrowRight', 'stage-1');
  await page.keyboard.press('Escape');
  await expect(show.root).toBeHidden();
  await expect(page.locator('.topbar')).toBeVisible();
  expect(await editor.stageNames()).toEqual(before.names);
  expect(await flowTransform()).toBe(before.transform);
  await page.screenshot({ path: join(SHOTS, 'present-back-in-editor.png') });
  // Nothing was edited: there is nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await present(page);
  await show.expectStep('overview');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
});

test('leaving the presentation restores the selection', async ({ page, workspace }) => {
  const editor = await openWorkedExample(workspace);
  const card = editor.card('Reads the travel policy');
  await card.click();
  await expect(card).toHaveClass(/selected/);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Reads the travel policy');
  const show = await present(page);
  await show.press('ArrowRight', 'stage-1');
  await page.keyboard.press('Escape');
  await expect(show.root).toBeHidden();
  await expect(card).toHaveClass(/selected/);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Reads the travel policy');
  // Entered by F5 with the card focused and left from the overview: kept too, and so is the
  // focus, so the keyboard carries on from the card.
  const node = page.locator('.react-flow__node', { has: card });
  await node.focus();
  await expect(node).toBeFocused();
  await page.keyboard.press('F5');
  await show.expectStep('overview');
  await page.keyboard.press('Escape');
  await expect(show.root).toBeHidden();
  await expect(card).toHaveClass(/selected/);
  await expect(node).toBeFocused();
  // A multi-selection (shift-click a second card) survives as well.
  await editor.note('Gets the meeting invite').click({ modifiers: ['Shift'] });
  await expect(page.getByRole('heading', { name: '2 selected' })).toBeVisible();
  await present(page);
  await page.keyboard.press('Escape');
  await expect(show.root).toBeHidden();
  await expect(page.getByRole('heading', { name: '2 selected' })).toBeVisible();
});

test('number keys jump to a stage and O returns to the overview', async ({ page, workspace }) => {
  const show = await presentWorkedExample(page, workspace);
  await show.press('4', 'stage-4');
  await expect(show.line).toContainText('Stay4 of 5');
  await show.press('2', 'stage-2');
  // No stage 9: it stays where it is.
  await show.press('9', 'stage-2');
  await show.press('o', 'overview');
});

test('reveal shows a stage card by card before moving on', async ({ page, workspace }) => {
  const show = await presentWorkedExample(page, workspace);
  await page.keyboard.press('r');
  await expect(show.root).toHaveAttribute('data-reveal', 'on');
  await show.press('ArrowRight', 'stage-1-card-0');
  const concealed = show.page.locator('[data-testid="present-card"][data-concealed="true"]');
  // Plan has 5 cards, all hidden at first; each Right shows one more.
  await expect(concealed).toHaveCount(5);
  for (let shown = 1; shown <= 4; shown++) {
    await show.press('ArrowRight', `stage-1-card-${shown}`);
    await expect(concealed).toHaveCount(5 - shown);
    if (shown === 2) {
      // Lane by lane from the top: the action, then the touchpoint; the thought is still to come.
      const card = (title: string) =>
        page.locator('[data-testid="present-card"]').filter({ hasText: title });
      await expect(card('Gets the meeting invite')).toHaveAttribute('data-concealed', 'false');
      await expect(card('Reads the travel policy')).toHaveAttribute('data-concealed', 'false');
      await expect(card('What am I allowed to spend here?')).toHaveAttribute(
        'data-concealed',
        'true',
      );
      await expect(card('What am I allowed to spend here?')).toBeHidden();
      await show.settle();
      await page.screenshot({ path: join(SHOTS, 'present-reveal-plan-2-of-5.png') });
    }
  }
  await show.press('ArrowRight', 'stage-1');
  await expect(concealed).toHaveCount(0);
  await show.press('ArrowRight', 'stage-2-card-0');
  await expect(concealed).toHaveCount(6);
  // Reveal off shows the whole stage at once.
  await show.press('r', 'stage-2');
  await expect(concealed).toHaveCount(0);
});

test('R starts the reveal on the current stage; the curve reaches only cards shown', async ({
  page,
  workspace,
}) => {
  const show = await presentWorkedExample(page, workspace);
  const curvePath = () => page.locator('.present-curve path.line').getAttribute('d');
  const subpaths = async () => ((await curvePath()) ?? '').split('M').length - 1;
  await show.press('3', 'stage-3');
  const full = await curvePath();
  const points = page.getByTestId('present-curve-point');
  const allPoints = await points.count();
  // Book has 7 cards: R hides them all and stays on Book, at its header.
  await show.press('r', 'stage-3-card-0');
  await expect(show.line).toContainText('Book3 of 5');
  await expect(show.line).toContainText('0 of 7 cards');
  expect(await curvePath()).not.toBe(full);
  // The line breaks where Book's points are still hidden: it runs up to Book and on after it.
  expect(await subpaths()).toBeGreaterThan(1);
  const hiddenPoints = allPoints - (await points.count());
  expect(hiddenPoints).toBeGreaterThan(0);
  // Card by card the line comes back, and once all of Book is shown it is whole again.
  for (let shown = 1; shown <= 6; shown++) await show.press('ArrowRight', `stage-3-card-${shown}`);
  await show.press('ArrowRight', 'stage-3');
  expect(await curvePath()).toBe(full);
  await expect(points).toHaveCount(allPoints);
});

test('with reduced motion the camera cuts instead of moving', async ({ page, workspace }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const show = await presentWorkedExample(page, workspace);
  await show.settle();
  const overview = await show.transform();
  await show.press('ArrowRight', 'stage-1');
  // The first frame after the key is already the final one.
  const first = await show.transform();
  expect(first).not.toBe(overview);
  await page.waitForTimeout(400);
  expect(await show.transform()).toBe(first);
});

test('with motion the camera glides to the stage', async ({ page, workspace }) => {
  const show = await presentWorkedExample(page, workspace);
  await show.settle();
  await page.keyboard.press('ArrowRight');
  const early = await show.transform();
  await show.settle();
  const final = await show.transform();
  expect(early).not.toBe(final);
});

test('the presenter line hides with H; the spotlight and help come and go', async ({
  page,
  workspace,
}) => {
  const show = await presentWorkedExample(page, workspace);
  await page.keyboard.press('ArrowRight');
  await expect(show.line).toBeVisible();
  await page.keyboard.press('h');
  await expect(show.line).toBeHidden();
  await page.keyboard.press('h');
  await expect(show.line).toContainText('Plan1 of 5');

  const spot = page.getByTestId('present-spotlight');
  await expect(spot).toHaveAttribute('data-on', 'false');
  await page.keyboard.press('p');
  await page.mouse.move(900, 500);
  await page.mouse.move(960, 540);
  await expect(spot).toHaveAttribute('data-on', 'true');
  await page.screenshot({ path: join(SHOTS, 'present-spotlight.png') });
  await page.keyboard.press('p');
  await expect(spot).toHaveAttribute('data-on', 'false');
  await page.keyboard.down('l');
  await expect(spot).toHaveAttribute('data-on', 'true');
  await page.keyboard.up('l');
  await expect(spot).toHaveAttribute('data-on', 'false');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Presentation keys' });
  await expect(help).toContainText('Reveal cards one by one');
  await page.screenshot({ path: join(SHOTS, 'present-help.png') });
  // Esc closes the help first, then leaves.
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(show.root).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show.root).toBeHidden();
});
