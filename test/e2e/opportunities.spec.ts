import { join } from 'node:path';
import { openProjectStore } from '../../electron/backend/projectStore';
import { InspectorPage } from './support/inspectorPage';
import { expect, SHOTS, test } from './support/workspace';

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

const PRICE = 'Show the full price from the first screen';
const FEES = 'Fees added after the price was shown';
const KEY = 'Digital key fails on old phones';

test('an opportunity is scored, prioritised and linked to pain points in the inspector', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Opportunities');
  const ins = new InspectorPage(page);
  await editor.note(PRICE).click();
  await expect(ins.heading('Opportunity')).toBeVisible();
  await expect(ins.select('Status')).toHaveValue('planned');
  await expect(ins.textbox('Owner / department')).toHaveValue('Revenue');
  // 5 × 0.8 ÷ 2 = 2.0, with the formula beside it.
  const priority = ins.panel.getByRole('status', { name: 'Priority' });
  await expect(priority).toHaveText('2.0');
  await expect(ins.panel.getByText(/Priority = value × confidence ÷ effort/)).toBeVisible();

  // Re-scored: 3 × 0.8 ÷ 2 = 1.2.
  await ins.select('Value (1–5)').selectOption({ label: '3 · Medium' });
  await expect(priority).toHaveText('1.2');
  await ins.select('Status').selectOption({ label: 'In progress' });

  // Links: one added from the picker, one removed.
  const addresses = ins.panel.getByRole('group', { name: 'Pain points it addresses' });
  const linked = addresses.getByRole('listitem').locator('span');
  await expect(linked).toHaveText([FEES]);
  await ins.select('Link a pain point').selectOption({ label: KEY });
  await expect(linked).toHaveText([FEES, KEY]);
  await addresses.getByRole('button', { name: `Unlink ${FEES}` }).click();
  await expect(linked).toHaveText([KEY]);

  // A backlog item is a key or a safe address; anything else is not saved.
  await ins.textbox('Backlog item').fill('javascript:alert(1)');
  await expect(ins.panel.getByText('Not saved: a key such as ABC-123')).toBeVisible();
  await ins.textbox('Backlog item').fill('REV-9');
  await expect(ins.panel.getByText('Not saved')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'opportunity-inspector-light.png') });
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: join(SHOTS, 'opportunity-inspector-dark.png') });

  // The pain point shows its severity in words, and which opportunities address it.
  await editor.note(KEY).click();
  await expect(ins.heading('Pain point')).toBeVisible();
  await expect(ins.select('Severity').locator('option:checked')).toHaveText('3 · Major');
  await expect(ins.textbox('Customers affected')).toHaveValue('600');
  const addressedBy = ins.panel.getByRole('group', { name: 'Addressed by' });
  // In map order: Book's opportunity before Stay's.
  await expect(addressedBy.getByRole('listitem')).toHaveText([
    PRICE,
    'Send a PIN code as a fallback key',
  ]);
  // Its links show on the map while it is selected: two touchpoints it hurts, two fixes.
  await expect(page.getByTestId('link-line')).toHaveCount(4);
  await ins.select('Severity').selectOption({ label: '4 · Critical' });
  await page.screenshot({ path: join(SHOTS, 'pain-point-inspector-dark.png') });
  await editor.expectSaved();

  expect(await workspace.stopServer()).toBe(0);
  const store = openProjectStore(workspace.path('Opportunities.wayline'));
  try {
    const doc = store.doc;
    const card = (title: string) => Object.values(doc.touchpoints).find((t) => t.title === title)!;
    expect(card(PRICE)).toMatchObject({ value: 3, status: 'inProgress', backlogLink: 'REV-9' });
    expect(card(KEY).severity).toBe(4);
    const from = Object.values(doc.cardLinks).filter((l) => l.fromId === card(PRICE).id);
    expect(from.map((l) => l.toId).sort()).toEqual(
      [card(KEY).id, card('Surprise resort fee at checkout').id].sort(),
    );
  } finally {
    store.close();
  }
});

test('dragging from a pain point onto a touchpoint links them (no arrow), and undo unlinks them', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Dragged');
  const ins = new InspectorPage(page);
  await editor.dragHandleOnto(
    editor.note('Corporate rate not shown on public sites'),
    editor.card('Read reviews about Wi-Fi'),
  );
  // A link, not an arrow: the pain point is selected and lists both touchpoints it hurts.
  await expect(ins.heading('Pain point')).toBeVisible();
  const hurts = ins.panel.getByRole('group', { name: 'Touchpoints it hurts' });
  await expect(hurts.getByRole('listitem').locator('span')).toHaveText([
    'Compare prices',
    'Read reviews about Wi-Fi',
  ]);
  await expect(page.getByRole('group', { name: /^Connection from Corporate rate/ })).toHaveCount(0);
  await expect(page.getByTestId('link-line')).toHaveCount(3);
  await page.screenshot({ path: join(SHOTS, 'link-by-drag-light.png') });
  // Undo takes the link away again.
  await page.keyboard.press('Control+z');
  await expect(hurts.getByRole('listitem').locator('span')).toHaveText(['Compare prices']);
});
