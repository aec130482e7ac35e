import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { EditorPage } from './support/editorPage';
import { holdSaves, LIVE_MS, selectCard, sideBySide, twoTabs } from './support/twoTabs';
import { expect, SHOTS, test } from './support/workspace';

/**
 * One tab edits a card while the other deletes it: "Keep mine" puts the card back as the editing
 * tab showed it, saved like any edit; "Take theirs" leaves it deleted.
 */

/** The editing tab's save is held back, so the other tab's delete is saved first. */
async function editWhileDeleted(editing: EditorPage, other: Page, deleting: EditorPage) {
  await selectCard(editing, 'Shared card');
  const slow = await holdSaves(other);
  await editing.title.fill('Kept by the editing tab');
  await editing.setEmotion('Very positive');
  await expect.poll(slow.held).toBeGreaterThan(0);

  await deleting.card('Shared card').locator('.card-title').click();
  await deleting.page.keyboard.press('Delete');
  await expect(deleting.cards()).toHaveCount(0);
  await deleting.expectSaved();

  const notice = other.getByRole('alert', { name: 'Conflicting changes' });
  await expect(notice).toBeVisible({ timeout: LIVE_MS });
  await expect(notice).toContainText(
    '“Shared card” was deleted in another window, where you had changed its title to “Kept by the editing tab” and its emotion to Very positive.',
  );
  await expect(notice).toContainText('Take theirs leaves it deleted.');
  await slow.release();
  return notice;
}

test('Keep mine puts back a card another tab deleted while this one edited it; one undo takes it away again', async ({
  page,
  workspace,
}) => {
  const { first, second, other } = await twoTabs(page, workspace);
  const notice = await editWhileDeleted(second, other, first);
  await notice.screenshot({ path: join(SHOTS, 'keep-mine-notice.png') });
  await sideBySide(page, 'keep-mine-before.png', await page.screenshot(), await other.screenshot());

  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect(notice).toHaveCount(0);
  await second.expectCard('Kept by the editing tab', 'Awareness', 'Very positive', 'Moderate');
  await expect(first.card('Kept by the editing tab')).toBeVisible({ timeout: LIVE_MS });
  await first.expectCard('Kept by the editing tab', 'Awareness', 'Very positive', 'Moderate');
  await second.expectSaved();
  await expect(other.getByRole('alert')).toHaveCount(0);
  await sideBySide(page, 'keep-mine-after.png', await page.screenshot(), await other.screenshot());

  // Putting it back is one step of the tab that chose it: undo removes it, redo brings it back.
  await other.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await other.keyboard.press('Control+z');
  await expect(second.cards()).toHaveCount(0);
  await expect(first.cards()).toHaveCount(0, { timeout: LIVE_MS });
  await other.keyboard.press('Control+Shift+z');
  await expect(first.card('Kept by the editing tab')).toBeVisible({ timeout: LIVE_MS });
  await second.expectSaved();

  await page.reload();
  await other.reload();
  await first.expectCard('Kept by the editing tab', 'Awareness', 'Very positive', 'Moderate');
  await second.expectCard('Kept by the editing tab', 'Awareness', 'Very positive', 'Moderate');
  await other.close();

  // The project file, opened afresh, holds the card.
  const saved = await workspace.savedDoc('shared.wayline');
  const cards = Object.values(saved.touchpoints);
  expect(cards).toHaveLength(1);
  expect(cards[0]).toMatchObject({ title: 'Kept by the editing tab', emotion: 2, effort: 4 });
  expect(saved.stages[cards[0]!.stageId]?.name).toBe('Awareness');
});

test('Take theirs leaves a card another tab deleted deleted, in both tabs and in the file', async ({
  page,
  workspace,
}) => {
  const { first, second, other } = await twoTabs(page, workspace);
  const notice = await editWhileDeleted(second, other, first);

  await notice.getByRole('button', { name: 'Take theirs' }).click();
  await expect(notice).toHaveCount(0);
  await second.expectSaved();
  await expect(second.cards()).toHaveCount(0);
  await expect(first.cards()).toHaveCount(0);

  await page.reload();
  await other.reload();
  await expect(first.stage('Awareness')).toBeVisible();
  await expect(second.stage('Awareness')).toBeVisible();
  await expect(first.cards()).toHaveCount(0);
  await expect(second.cards()).toHaveCount(0);
  await other.close();
  expect(Object.values((await workspace.savedDoc('shared.wayline')).touchpoints)).toEqual([]);
});
