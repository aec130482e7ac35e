import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { EditorPage } from './support/editorPage';
import { InsightsPage } from './support/insightsPage';
import { InspectorPage } from './support/inspectorPage';
import { SidebarPage } from './support/sidebarPage';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

const HOTEL = 'Booking a hotel for a business trip';

async function serveHotel(page: Page, workspace: Workspace): Promise<EditorPage> {
  await page.setViewportSize({ width: 1440, height: 960 });
  return workspace.serveSeeded(['hotel-example'], 'Insights');
}

test('the insights panel shows the worked example’s figures, and an entry selects its card', async ({
  page,
  workspace,
}) => {
  const editor = await serveHotel(page, workspace);
  const insights = new InsightsPage(page);
  await insights.open();

  // The figures journeyInsights.test.ts works out by hand for the worked example.
  await expect(insights.score()).toHaveText('45 / 100');
  await expect(insights.formula()).toContainText(
    '0.4 × 48 + 0.4 × 56 + 0.2 × 15 = 44.6, rounded 45',
  );
  expect(await insights.stageRow('Plan')).toEqual([
    'Plan',
    '1',
    'Negative −1.0',
    '5.0 Fairly high',
    '1 (1 resolved)',
    '1',
    '0',
  ]);
  expect(await insights.stageRow('Book')).toEqual([
    'Book',
    '3',
    'Neutral 0.0',
    '3.3 Fairly low',
    '1 (1 planned)',
    '1',
    '2',
  ]);
  expect(await insights.stageRow('Stay')).toEqual([
    'Stay',
    '3',
    'Neutral +0.3',
    '3.3 Fairly low',
    '1 (1 planned)',
    '1',
    '1',
  ]);
  const worst = [
    'Surprise resort fee at checkout',
    'Queue at reception',
    'Reads the travel policy',
  ];
  await expect(insights.list('Lowest emotion')).toHaveText(worst);
  await expect(insights.list('Highest effort')).toHaveText(worst);
  await expect(insights.dialog.getByRole('region', { name: 'Channels' })).toContainText(
    /Website\s*4\s*Email\s*3\s*Mobile app\s*2\s*In person\s*2/,
  );
  // The charts are inline SVG with real text.
  await expect(insights.dialog.getByRole('img', { name: 'Emotion per stage' })).toContainText(
    'Negative −1.0',
  );
  await expect(insights.dialog.getByRole('img', { name: /^Effort per stage/ })).toContainText(
    '3.5',
  );
  await page.screenshot({ path: join(SHOTS, 'insights-panel.png'), fullPage: true });

  // An entry shows its card: the panel closes and the card is selected in the map.
  await insights.list('Lowest emotion').first().click();
  await expect(insights.dialog).toBeHidden();
  await expect(editor.card('Surprise resort fee at checkout')).toHaveClass(/selected/);
  await expect(new InspectorPage(page).textbox('Title')).toHaveValue(
    'Surprise resort fee at checkout',
  );

  // The dark theme: the panel and its charts follow the theme's colours.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await insights.open();
  const chartInk = await insights.dialog
    .getByRole('img', { name: 'Emotion per stage' })
    .locator('text')
    .first()
    .getAttribute('fill');
  expect(chartInk).toBe('#8890a3');
  await page.screenshot({ path: join(SHOTS, 'insights-dark.png') });
});

test('a future state shows its comparison with the current state', async ({ page, workspace }) => {
  const editor = await serveHotel(page, workspace);
  const sidebar = new SidebarPage(page);
  await sidebar.action(HOTEL, 'Create future state');
  await sidebar.expectShown(`${HOTEL} (future state)`);

  // The future state takes the surprise out of the resort fee: -2 becomes +1.
  await editor.fitView();
  await editor.card('Surprise resort fee at checkout').click();
  const inspector = new InspectorPage(page);
  await inspector.emotion('Positive').click();
  await sidebar.expectSaved();

  const insights = new InsightsPage(page);
  await insights.open();
  // Book: (1 + 1 - 2) / 3 = 0 before, (1 + 1 + 1) / 3 = +1 after.
  await expect(insights.comparisonRow('Book').getByTestId('emotion-change')).toHaveText(
    '0.0 → +1.0 (+1.0, better)',
  );
  await expect(insights.comparisonRow('Plan').getByTestId('emotion-change')).toHaveText(
    '−1.0 → −1.0 (0.0)',
  );
  // After: emotion sum -1 + 3 = 2 over 11: (2/11 + 2) / 4 = 54.5 -> 55; effort and pain points
  // as before (56, 15: the copies keep their links and statuses).
  // 0.4 * 55 + 0.4 * 56 + 0.2 * 15 = 47.4 -> 47.
  await expect(insights.dialog.getByTestId('health-before')).toHaveText('45');
  await expect(insights.dialog.getByTestId('health-after')).toHaveText('47');
  await expect(insights.score()).toHaveText('47 / 100');
  await expect(
    insights.dialog.getByRole('img', { name: 'Emotion per stage, current vs future state' }),
  ).toContainText('+1.0');
  await insights.comparisonRow('Book').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'insights-comparison.png') });
});
