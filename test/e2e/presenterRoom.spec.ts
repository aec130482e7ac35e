/**
 * Issue 16 parts 3 and 4 together: while a room runs, the presenter window shows its tallies
 * (what a phone rated, the notes waiting) beside the notes, and the audience window only the map.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { PresentPage } from './support/presentPage';
import { openPhone, RoomPanel } from './support/roomPage';
import { expect, SHOTS, test } from './support/workspace';

test('the presenter window shows the room: who joined, the notes waiting and the ratings', async ({
  workspace,
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await workspace.serveSeeded(['hotel-example'], 'Workshop');
  const room = new RoomPanel(page);
  const joinUrl = await room.start();
  await room.panel.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const show = new PresentPage(page);
  await expect(show.root).toBeVisible();
  const [presenter] = await Promise.all([
    page.context().waitForEvent('page'),
    show.line.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await presenter.setViewportSize({ width: 1440, height: 900 });
  const tallies = presenter.getByRole('region', { name: 'Room tallies' });
  await expect(tallies).toContainText('0 joined');

  const phone = await openPhone(browser, joinUrl, 'Ana');
  const rating = phone.page.locator('.rating').first();
  const touchpoint = (await rating.locator('.rating-title').textContent()) ?? '';
  await rating.getByRole('button', { name: `Very negative for ${touchpoint}` }).click();
  await phone.page.getByLabel('A thought').check();
  await phone.page.getByLabel('Your note').fill('Where is the policy?');
  await phone.page.getByRole('button', { name: 'Send note' }).click();

  await expect(tallies).toContainText('1 joined · 1 new note in the inbox');
  await expect(
    tallies.locator('.room-ratings > li', { hasText: touchpoint }).first(),
  ).toContainText('Very negative (mean -2.0, 1 rated)');
  const axe = await new AxeBuilder({ page: presenter }).include('.presenter-room').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join('; ')}`,
    ),
  ).toEqual([]);
  await presenter.screenshot({ path: join(SHOTS, 'presenter-room.png') });
  await phone.context.close();
});
