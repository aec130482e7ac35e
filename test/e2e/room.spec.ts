import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { getEntity, stagesOf } from '../../shared/model/doc';
import { openPhone, RoomPanel } from './support/roomPage';
import { expect, SHOTS, test } from './support/workspace';
import { toolbarCommand } from './support/toolbar';

// Room mode with three real Chromium pages as phones: a note, a rating and votes reach the
// facilitator's screen, and an accepted note reaches the project file (one undo step).

const NOTE = 'The total price only shows on the last screen';

test('three phones take part; the facilitator sees it live and accepts a note into the file', async ({
  workspace,
  page,
  browser,
}) => {
  // Phones read the room every 2 s, and a busy machine slows four browsers at once.
  test.setTimeout(120_000);
  const editor = await workspace.serveSeeded(['hotel-example'], 'Workshop');
  const [firstStage] = await editor.stageNames();
  const room = new RoomPanel(page);
  const joinUrl = await room.start();
  expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[\w-]+\/$/);

  await room.panel.getByLabel('Large QR code').check();
  await expect(room.panel.locator('.room-qr')).toBeVisible();
  await room.panel.screenshot({ path: join(SHOTS, 'room-qr.png') });
  await room.panel.getByLabel('Large QR code').uncheck();

  const ana = await openPhone(browser, joinUrl, 'Ana');
  const ben = await openPhone(browser, joinUrl, '');
  const cleo = await openPhone(browser, joinUrl, 'Cleo');
  await expect(ana.page.locator('#stage-name')).toHaveText(firstStage ?? '');
  await expect(room.panel.locator('.room-join-count')).toContainText('3 of 100 joined');

  // A pain point from Ana.
  await ana.page.getByLabel('A pain point').check();
  await ana.page.getByLabel('Your note').fill(NOTE);
  await ana.page.getByRole('button', { name: 'Send note' }).click();
  await expect(ana.page.getByRole('status')).toContainText('Sent');

  // Ben rates the stage's first touchpoint very negative.
  const firstRating = ben.page.locator('.rating').first();
  const touchpoint = (await firstRating.locator('.rating-title').textContent()) ?? '';
  await firstRating.getByRole('button', { name: `Very negative for ${touchpoint}` }).click();
  await expect(
    firstRating.getByRole('button', { name: `Very negative for ${touchpoint}` }),
  ).toHaveAttribute('aria-pressed', 'true');

  // Cleo puts all three dots on the first opportunity.
  const firstVote = cleo.page.locator('.vote').first();
  const opportunity = (await firstVote.locator('.vote-title').textContent()) ?? '';
  for (let i = 0; i < 3; i++)
    await firstVote.getByRole('button', { name: `Vote for ${opportunity}` }).click();
  await expect(cleo.page.getByText('0 of 3 votes left')).toBeVisible();
  await expect(firstVote.getByRole('button', { name: `Vote for ${opportunity}` })).toBeDisabled();

  const axe = await new AxeBuilder({ page: cleo.page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await ana.page.screenshot({ path: join(SHOTS, 'room-phone.png'), fullPage: true });

  // The facilitator's screen: the note in the inbox, the rating and the votes in the tallies.
  await expect(room.inboxNote(NOTE)).toContainText('Ana');
  const rating = room.panel.locator('.room-ratings > li', { hasText: touchpoint }).first();
  await expect(rating).toContainText('Very negative (mean -2.0, 1 rated)');
  await expect(
    room.panel.locator('.room-votes > li', { hasText: opportunity }).first(),
  ).toContainText('3 votes');
  await page.screenshot({ path: join(SHOTS, 'room-inbox.png') });

  // The timer runs on the phones too.
  await room.panel.getByRole('button', { name: '3 min timer' }).click();
  await expect(room.panel.locator('.room-timer-left')).toHaveText(/^[23]:\d\d$/);
  await expect(ben.page.locator('.timer')).toHaveText(/^Time left: [23]:\d\d$/);
  await room.panel.getByRole('button', { name: 'Stop timer' }).click();
  await expect(ben.page.locator('.timer')).toHaveText('');

  // Results go to phones only when shown.
  await expect(cleo.page.getByText('Room: 3 votes')).toHaveCount(0);
  await room.panel.getByLabel('Show results on phones').check();
  await expect(cleo.page.getByText('Room: 3 votes')).toBeVisible();

  // Accepting is one undo step: undone, the note is back in the inbox; accepted again, it stays.
  await room
    .inboxNote(NOTE)
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(room.inboxNote(NOTE)).toHaveCount(0);
  await expect(room.panel.getByText('On the map (1)')).toBeVisible();
  await room.panel.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await toolbarCommand(page, 'Room');
  await expect(room.inboxNote(NOTE)).toBeVisible();
  await room
    .inboxNote(NOTE)
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(room.panel.getByText('On the map (1)')).toBeVisible();
  const panelAxe = await new AxeBuilder({ page }).include('dialog.room-panel').analyze();
  expect(
    panelAxe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
  await room.panel.getByRole('button', { name: 'Close', exact: true }).click();
  await editor.expectSaved();

  // Presenting, the room follows the presentation's stage: the phones show stage 2.
  const [, secondStage] = await editor.stageNames();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByTestId('presentation')).toHaveAttribute('data-step', 'stage-2');
  await expect(ana.page.locator('#stage-name')).toHaveText(secondStage ?? '');
  await page.keyboard.press('Escape');

  for (const phone of [ana, ben, cleo]) await phone.context.close();
  const doc = await workspace.savedDoc('Workshop.wayline');
  const cards = Object.values(doc.touchpoints).filter((t) => t.title === NOTE);
  expect(cards).toHaveLength(1);
  const card = cards[0]!;
  expect(getEntity(doc, 'lanes', card.laneId)?.kind).toBe('painPoints');
  expect(getEntity(doc, 'stages', card.stageId)?.name).toBe(firstStage);
  expect(stagesOf(doc, card.journeyId)[0]?.id).toBe(card.stageId);
  expect(card.description).toBe('From the room: Ana');
  // Nothing else from the room reached the file: no rating was written to the touchpoint.
  const rated = Object.values(doc.touchpoints).find((t) => t.title === touchpoint);
  expect(rated?.emotion).not.toBe(-2);
});
