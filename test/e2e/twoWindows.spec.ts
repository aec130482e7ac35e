import { EditorPage } from './support/editorPage';
import { holdSaves, LIVE_MS, selectCard, sideBySide, twoTabs } from './support/twoTabs';
import { expect, test } from './support/workspace';

test('a new tab on the app’s address opens the project without a link; edits show in the other tab within a second, both ways', async ({
  page,
  workspace,
}) => {
  const { first, second, other } = await twoTabs(page, workspace);

  await first.addTouchpoint('Discovery', 'Made in the first tab', 'Positive', 2);
  await expect(second.card('Made in the first tab')).toBeVisible({ timeout: LIVE_MS });
  await second.expectCard('Made in the first tab', 'Discovery', 'Positive', 'Low');

  // One click in a tab, and the other shows it within a second.
  let started = Date.now();
  await first.setEffort(6);
  await expect(second.card('Made in the first tab').locator('.effort-word')).toHaveText(
    'High effort',
    { timeout: LIVE_MS },
  );
  const firstToSecond = Date.now() - started;
  await selectCard(second, 'Shared card');
  started = Date.now();
  await second.setEmotion('Very negative');
  await expect(first.card('Shared card').locator('.card-emotion')).toContainText('Very negative', {
    timeout: LIVE_MS,
  });
  const secondToFirst = Date.now() - started;
  console.log(
    `live edit: first to second ${firstToSecond} ms, second to first ${secondToFirst} ms`,
  );

  // Undo in the first tab takes back its own last step, never the second tab's emotion.
  await first.expectSaved();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(second.card('Made in the first tab').locator('.effort-word')).toHaveText(
    'Low effort',
    { timeout: LIVE_MS },
  );
  await expect(first.card('Shared card').locator('.card-emotion')).toContainText('Very negative');
  await first.expectSaved();
  await second.expectSaved();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(other.getByRole('alert')).toHaveCount(0);
  await other.close();
});

test('the same title typed in both tabs is a conflict to settle; nothing typed is lost', async ({
  page,
  workspace,
}) => {
  const { first, second, other } = await twoTabs(page, workspace);
  await selectCard(first, 'Shared card');
  await selectCard(second, 'Shared card');

  // The second tab's save is slow; meanwhile the first tab saves a title of its own.
  const slow = await holdSaves(other);
  await second.title.fill('Title from the second tab');
  await expect.poll(slow.held).toBeGreaterThan(0);
  await first.title.fill('Title from the first tab');
  await first.expectSaved();

  const notice = other.getByRole('alert', { name: 'Conflicting changes' });
  await expect(notice).toBeVisible({ timeout: LIVE_MS });
  await expect(notice).toContainText('another window saved “Title from the first tab”');
  await expect(notice).toContainText('you have “Title from the second tab”');
  await slow.release();
  // Typing goes on while the notice is up; nothing of it is sent or lost.
  await second.title.press('End');
  await second.title.pressSequentially(', edited');
  await expect(second.title).toHaveValue('Title from the second tab, edited');
  await expect(notice).toContainText('you have “Title from the second tab, edited”');
  await expect(first.card('Title from the first tab')).toBeVisible();
  await sideBySide(page, 'two-windows.png', await page.screenshot(), await other.screenshot());

  await notice.getByRole('button', { name: 'Keep mine' }).click();
  const kept = Date.now();
  await expect(notice).toHaveCount(0);
  await expect(first.card('Title from the second tab, edited')).toBeVisible({ timeout: LIVE_MS });
  console.log(`kept mine: shown in the first tab after ${Date.now() - kept} ms`);
  await second.expectSaved();

  // Again, and this time the second tab takes the first tab's title.
  const slowAgain = await holdSaves(other);
  await second.title.fill('Second try from the second tab');
  await expect.poll(slowAgain.held).toBeGreaterThan(0);
  await first.title.fill('Second try from the first tab');
  await first.expectSaved();
  await expect(notice).toBeVisible({ timeout: LIVE_MS });
  await slowAgain.release();
  await notice.getByRole('button', { name: 'Take theirs' }).click();
  await expect(second.title).toHaveValue('Second try from the first tab');
  await second.expectSaved();
  await expect(other.getByRole('alert')).toHaveCount(0);
  // Undo in the second tab never writes back a title it gave up.
  await other.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await other.keyboard.press('Control+z');
  await second.expectSaved();
  await expect(second.card('Second try from the first tab')).toBeVisible();
  await expect(first.card('Second try from the first tab')).toBeVisible();

  // The file holds what both tabs show.
  await page.reload();
  await expect(first.card('Second try from the first tab')).toBeVisible();
  await expect(second.card('Second try from the first tab')).toBeVisible();
  await other.close();
});

test('an edit on a stale tab that touches other fields is rebased and saved', async ({
  page,
  workspace,
}) => {
  const { first, second, other } = await twoTabs(page, workspace, { deafSecond: true });
  await selectCard(first, 'Shared card');
  await first.setEmotion('Very positive');
  await first.expectSaved();
  // The second tab has not heard of it.
  await expect(second.card('Shared card').locator('.card-emotion')).toContainText('Neutral');

  await selectCard(second, 'Shared card');
  await second.title.fill('Renamed in the stale tab');
  await second.expectSaved();
  await expect(other.getByRole('alert')).toHaveCount(0);
  // It caught up on the way: the first tab's emotion, and its own title.
  await second.expectCard('Renamed in the stale tab', 'Awareness', 'Very positive', 'Moderate');
  await first.expectCard('Renamed in the stale tab', 'Awareness', 'Very positive', 'Moderate');
  await page.reload();
  await first.expectCard('Renamed in the stale tab', 'Awareness', 'Very positive', 'Moderate');
  await other.close();
});

test('New Window from the palette opens the same project in another tab, in step with this one', async ({
  page,
  workspace,
}) => {
  await workspace.serve(workspace.path('windows.wayline'));
  const first = new EditorPage(page);
  await first.addTouchpoint('Awareness', 'Seen in both', 'Positive', 2);
  await first.expectSaved();

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new window');
  const opened = page.context().waitForEvent('page');
  await page.keyboard.press('Enter');
  const other = await opened;
  await other.setViewportSize({ width: 1440, height: 900 });
  // The same address, with no code or state in it, and the session of this browser.
  expect(new URL(other.url()).search).toBe('');
  const second = new EditorPage(other);
  await expect(second.card('Seen in both')).toBeVisible();
  await second.addTouchpoint('Discovery', 'Made in the new window', 'Neutral', 4);
  await expect(first.card('Made in the new window')).toBeVisible({ timeout: LIVE_MS });
  await expect(other.getByRole('alert')).toHaveCount(0);
  await other.close();
});
