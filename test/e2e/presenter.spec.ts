/**
 * Issue 16 part 4: the presenter window beside the audience's, the stage view that fills a
 * 1080p screen, the far-out overview of an 8-stage map, and saved views stepped in presentation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { createProjectStore } from '../../electron/backend/projectStore';
import { syntheticJourney } from '../../shared/export/svg/exampleDocs';
import { journeyList } from '../../shared/model/doc';
import { ENTITY_TABLES, type RowSet } from '../../shared/model/types';
import { EditorPage } from './support/editorPage';
import { InspectorPage } from './support/inspectorPage';
import { PresentPage } from './support/presentPage';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

test.use({ viewport: { width: 1920, height: 1080 } });

const NOTES = 'Ask who booked a trip this month.\nThen show the policy page.';

async function present(page: Page): Promise<PresentPage> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const show = new PresentPage(page);
  await expect(show.root).toBeVisible();
  return show;
}

async function expectNoSeriousAxe(page: Page, selector: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  expect(result.passes.length).toBeGreaterThan(10);
  const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''));
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual([]);
}

/** Font sizes as drawn: computed size times the scale of any transformed ancestor (none here). */
async function drawnSizes(scope: Locator): Promise<{ text: string; px: number }[]> {
  return scope.evaluateAll((els) =>
    els.map((el) => {
      const px = parseFloat(getComputedStyle(el).fontSize);
      // A CSS transform would shrink the box, not the computed size: measure the box ratio too.
      const box = el.getBoundingClientRect();
      const ratio = (el as HTMLElement).offsetHeight
        ? box.height / (el as HTMLElement).offsetHeight
        : 1;
      return { text: el.textContent ?? '', px: px * ratio };
    }),
  );
}

test('the presenter window and the audience step together; notes, clocks and the next stage', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Workshop');
  const ins = new InspectorPage(page);
  await editor.stage('Plan').locator('.stage-header').click();
  await ins.textbox('Speaker notes').fill(NOTES);
  await ins.expectSaved();

  const show = await present(page);
  const [presenter] = await Promise.all([
    page.context().waitForEvent('page'),
    show.line.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await presenter.setViewportSize({ width: 1440, height: 900 });
  const window = presenter.getByTestId('presenter-window');
  await expect(window).toBeVisible();
  await expect(window).toHaveAttribute('data-audience', 'presenting');
  // The audience shows only the map: its presenter line is on the presenter's screen now.
  await expect(show.root).toHaveAttribute('data-presenter', 'open');
  await expect(show.line).toBeHidden();
  await expect(presenter.getByTestId('presenter-section')).toHaveText('Overview');

  // Stepping in the audience window moves the presenter's.
  await show.press('ArrowRight', 'stage-1');
  const section = presenter.getByTestId('presenter-section');
  await expect(section).toHaveText('Stage 1 of 5');
  await expect(presenter.getByRole('heading', { name: 'Now: Plan' })).toBeVisible();
  await expect(presenter.getByRole('heading', { name: 'Next: Search' })).toBeVisible();
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Ask who booked a trip');
  await expect(presenter.getByTestId('presenter-notes')).toContainText(
    'Then show the policy page.',
  );
  // Stepping in the presenter window moves the audience: keys and buttons alike.
  await presenter.keyboard.press('ArrowRight');
  await show.expectStep('stage-2');
  await expect(section).toHaveText('Stage 2 of 5');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('No notes for this stage');
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await show.expectStep('stage-3');
  await expect(presenter.getByRole('heading', { name: 'Now: Book' })).toBeVisible();
  await show.press('1', 'stage-1');
  await expect(section).toHaveText('Stage 1 of 5');
  // Reveal turned on in the presenter window reveals in the audience's.
  await presenter.keyboard.press('r');
  await show.expectStep('stage-1-card-0');
  await presenter.keyboard.press('ArrowRight');
  await show.expectStep('stage-1-card-1');
  await expect(section).toContainText('1 of 5 cards shown');
  await presenter.keyboard.press('r');
  await show.expectStep('stage-1');

  // The clocks run: elapsed since the show began, and time on this stage.
  await expect(presenter.getByTestId('presenter-elapsed')).not.toHaveText('0:00', {
    timeout: 3000,
  });
  await expect(presenter.getByTestId('presenter-stage-time')).toHaveText(/^0:\d\d$/);
  // The room's tallies slot is empty with no room running.
  await expect(presenter.getByRole('region', { name: 'Room tallies' })).toHaveCount(0);

  await expectNoSeriousAxe(presenter, '[data-testid="presenter-window"]');
  await presenter.screenshot({ path: join(SHOTS, 'presenter-view.png') });
  await page.screenshot({ path: join(SHOTS, 'presenter-audience.png') });

  // Closing the presenter window gives the audience its line back.
  await presenter.close();
  await expect(show.root).toHaveAttribute('data-presenter', 'closed');
  await expect(show.line).toBeVisible();
  expect(workspace.pageErrors).toEqual([]);
});

test('the stage view fills a 1080p screen: titles of 24 px and more, every lane labelled', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['hotel-example'], 'Workshop');
  const show = await present(page);
  for (const [i, name] of ['Plan', 'Search', 'Book', 'Stay', 'Expense'].entries()) {
    await show.press('ArrowRight', `stage-${i + 1}`);
    const view = page.getByTestId('stage-view');
    await expect(view).toHaveAttribute('data-stage-name', name);
    const box = (await view.boundingBox())!;
    // The stage has the screen, not a 15 % column of it.
    expect(box.width * box.height).toBeGreaterThan(0.8 * 1920 * 1080);
    const titles = await drawnSizes(view.locator('[data-testid="stage-view-card"] h3'));
    expect(titles.length).toBeGreaterThan(3);
    const small = titles.filter((t) => t.px < 24);
    expect(small, `titles under 24 px in ${name}`).toEqual([]);
    // Every lane's label is on screen, at 18 px or more.
    const labels = view.getByTestId('stage-view-lane');
    for (const label of await labels.all()) await expect(label).toBeInViewport();
    const labelSizes = await drawnSizes(labels);
    expect(labelSizes.map((l) => l.text)).toEqual(
      expect.arrayContaining(['Touchpoints', 'Pain points', 'Opportunities']),
    );
    expect(labelSizes.every((l) => l.px >= 18)).toBe(true);
    // So is every card, and no text on screen is under 18 px.
    for (const card of await view.getByTestId('stage-view-card').all()) {
      await expect(card).toBeInViewport({ ratio: 1 });
    }
    const tiny = (await show.visibleTextSizes()).filter((s) => s.px < 18 - 0.01);
    expect(tiny).toEqual([]);
    if (name === 'Book') {
      console.log(`stage view, Book: titles ${Math.min(...titles.map((t) => t.px))} px+`);
      await page.screenshot({ path: join(SHOTS, 'stage-view-1080p.png') });
    }
  }
  // M puts the stage back on the map, where the camera frames its column.
  await page.keyboard.press('m');
  await expect(show.root).toHaveAttribute('data-board', 'map');
  await expect(page.getByTestId('stage-view')).toHaveCount(0);
});

/** A project with one 8-stage journey of generated cards, served and open. */
async function serveEightStages(page: Page, workspace: Workspace): Promise<EditorPage> {
  const file = workspace.path('Eight.wayline');
  const { doc } = syntheticJourney({ stages: 8, touchpointsPerStage: 3 });
  const store = createProjectStore(file, 'Eight stages');
  const rows: RowSet = {};
  for (const table of ENTITY_TABLES)
    (rows as Record<string, unknown[]>)[table] = Object.values(doc[table]);
  store.apply([
    { type: 'deleteRows', ids: { journeys: journeyList(store.doc).map((j) => j.id) } },
    { type: 'insertRows', rows },
  ]);
  store.close();
  await workspace.serve(file);
  return new EditorPage(page);
}

test('the overview of an 8-stage map stays readable: a far-out drawing, nothing under 18 px', async ({
  page,
  workspace,
}) => {
  await serveEightStages(page, workspace);
  await expect(page.getByTestId('stage-column')).toHaveCount(8);
  const show = await present(page);
  await show.expectStep('overview');
  await expect(show.root).toHaveAttribute('data-board', 'far');
  const far = page.getByTestId('far-overview');
  await expect(far.getByRole('listitem')).toHaveCount(8);
  for (const item of await far.getByRole('listitem').all()) await expect(item).toBeInViewport();
  const sizes = await show.visibleTextSizes();
  expect(sizes.length).toBeGreaterThan(16);
  const small = sizes.filter((s) => s.px < 18 - 0.01);
  expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'present-overview-8-stages.png') });
  // A stage of it still fills the screen.
  await show.press('ArrowRight', 'stage-1');
  await expect(page.getByTestId('stage-view')).toBeVisible();
});

test('saved views are made in the editor, kept in the file, applied, and stepped in presentation', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['hotel-example'], 'Workshop');
  // The palette's title becomes the command's once it asks for a choice.
  const palette = page.locator('dialog.command-palette');
  const runCommand = async (label: string) => {
    await page.keyboard.press('Control+k');
    await palette.getByRole('combobox', { name: 'Command' }).fill(label);
    await palette
      .getByRole('option', { name: new RegExp(`^${label}`) })
      .first()
      .click();
  };
  const saveView = async (name: string) => {
    await runCommand('Save view');
    const dialog = page.getByRole('dialog', { name: 'Save view' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dialog).toBeHidden();
  };
  // A view of what costs money: the search filter on "price", Thoughts and feelings hidden.
  await runCommand('Hide lane');
  await palette.getByRole('option', { name: /Thoughts and feelings/ }).click();
  await page.keyboard.press('Control+f');
  await page.getByLabel('Search text').fill('price');
  await saveView('Price');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await runCommand('Show hidden lane');
  await palette.getByRole('option', { name: /Thoughts and feelings/ }).click();
  await saveView('Everything');

  // Applied from the editor: its filter and its lanes come back.
  await runCommand('Show saved view');
  await palette.getByRole('option', { name: 'Price' }).click();
  await expect(page.getByLabel('Search text')).toHaveValue('price');
  await expect(
    page.locator('[data-testid="lane-label"]', { hasText: 'Thoughts and feelings' }),
  ).toHaveCount(0);

  // Presentation steps through them after the stages.
  const show = await present(page);
  await show.press('End', 'view-2');
  await expect(show.line).toContainText('Saved view 2 of 2');
  await show.press('ArrowLeft', 'view-1');
  await expect(show.line).toContainText('Price');
  await expect(
    page.locator('[data-testid="present-card"][data-faded="true"]').first(),
  ).toBeAttached();
  await show.settle();
  await page.screenshot({ path: join(SHOTS, 'present-saved-view.png') });
  await show.press('ArrowLeft', 'stage-5');
  await page.keyboard.press('Escape');

  const doc = await workspace.savedDoc('Workshop.wayline');
  const views = Object.values(doc.savedViews).sort((a, b) => (a.orderKey < b.orderKey ? -1 : 1));
  expect(views.map((v) => v.name)).toEqual(['Price', 'Everything']);
  expect(views[0]!.filter.text).toBe('price');
  expect(views[0]!.hiddenLaneIds).toHaveLength(1);
  expect(views[1]!.hiddenLaneIds).toEqual([]);
  expect(views[0]!.frame.right).toBeGreaterThan(views[0]!.frame.left);
});
