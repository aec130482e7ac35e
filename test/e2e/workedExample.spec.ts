import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { EditorPage } from './support/editorPage';
import { InspectorPage } from './support/inspectorPage';
import { SidebarPage } from './support/sidebarPage';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

const STAGES = [
  { name: 'Plan', goal: 'Know where to stay and what the policy allows.' },
  { name: 'Search', goal: 'Find a hotel near the client, inside policy.' },
  { name: 'Book', goal: 'Reserve the room with the company card, quickly.' },
  { name: 'Stay', goal: 'Rest and work without friction.' },
  { name: 'Expense', goal: 'Get reimbursed without chasing anyone.' },
];

interface CardSpec {
  stage: string;
  title: string;
  emotion: string;
  effort: number;
  channel: string;
  momentOfTruth?: boolean;
}

const TOUCHPOINTS: CardSpec[] = [
  {
    stage: 'Plan',
    title: 'Reads the travel policy',
    emotion: 'Negative',
    effort: 5,
    channel: 'Website',
  },
  { stage: 'Search', title: 'Compares prices', emotion: 'Negative', effort: 5, channel: 'Website' },
  {
    stage: 'Book',
    title: 'Books the room',
    emotion: 'Positive',
    effort: 2,
    channel: 'Website',
    momentOfTruth: true,
  },
  {
    stage: 'Book',
    title: 'Surprise resort fee',
    emotion: 'Very negative',
    effort: 6,
    channel: 'Website',
    momentOfTruth: true,
  },
  {
    stage: 'Stay',
    title: 'Mobile check-in',
    emotion: 'Very positive',
    effort: 2,
    channel: 'Mobile app',
    momentOfTruth: true,
  },
  {
    stage: 'Expense',
    title: 'Reimbursement arrives',
    emotion: 'Positive',
    effort: 2,
    channel: 'Email',
  },
];

const NOTES: { stage: string; lane: string; title: string }[] = [
  { stage: 'Plan', lane: 'painPoints', title: 'Policy is a 40-page PDF' },
  { stage: 'Book', lane: 'painPoints', title: 'Fees added after the price was shown' },
  { stage: 'Book', lane: 'opportunities', title: 'Show the full price from the first screen' },
  { stage: 'Stay', lane: 'thoughts', title: '“Straight to the room. Perfect.”' },
  { stage: 'Expense', lane: 'opportunities', title: 'Send the invoice to finance automatically' },
];

async function createProject(page: Page, workspace: Workspace): Promise<void> {
  await workspace.serve();
  await page.getByLabel('Project name').fill('Business travel');
  await page.getByLabel('Folder').fill(workspace.folder);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('stage-column').first()).toBeVisible();
}

/** Draws an arrow by dragging from one card's handle onto another card. */
async function connect(page: Page, editor: EditorPage, from: string, to: string): Promise<void> {
  await editor.dragHandleOnto(editor.card(from), editor.card(to));
  await expect(
    page.getByRole('group', { name: new RegExp(`^Connection from ${from} to ${to}`) }),
  ).toHaveCount(1);
}

async function expectMap(page: Page, editor: EditorPage): Promise<void> {
  await expect.poll(() => editor.stageNames()).toEqual(STAGES.map((s) => s.name));
  await expect(editor.cards()).toHaveCount(TOUCHPOINTS.length);
  await expect(page.getByTestId('note-card')).toHaveCount(NOTES.length);
  await expect(page.getByTestId('curve-point')).toHaveCount(TOUCHPOINTS.length);
  await expect(page.locator('.react-flow__edge')).toHaveCount(TOUCHPOINTS.length - 1);
  await expect(page.locator('.edge-label', { hasText: 'Fee shown late' })).toBeVisible();
  await expect(page.getByTestId('persona-band')).toContainText('Maya Okafor');
  await expect(page.locator('.badge-mot')).toHaveCount(3);
  for (const t of TOUCHPOINTS) {
    const card = editor.card(t.title);
    await expect(card).toHaveAttribute('data-stage', t.stage);
    await expect(card.locator('.card-emotion')).toHaveText(t.emotion);
    await expect(card.locator('.badge-channel')).toHaveText(t.channel);
  }
}

test('the worked example map is built through the UI from a blank project, reopened, and looks right in light and dark', async ({
  page,
  workspace,
}) => {
  test.setTimeout(240_000);
  const editor = new EditorPage(page);
  const ins = new InspectorPage(page);
  const sidebar = new SidebarPage(page);
  await createProject(page, workspace);
  await page.getByRole('radio', { name: 'Light' }).click();

  // A blank journey replaces the starter one.
  await sidebar.newJourney('Blank');
  await sidebar.action('Customer journey', 'Delete');
  await expect(sidebar.items()).toHaveCount(1);
  await sidebar.property('Name of the journey').fill('Booking a hotel for a business trip');
  await sidebar
    .property('Description of the journey')
    .fill('Maya books a hotel for a two-day client visit.');

  // The persona, linked to the journey.
  const personas = await sidebar.openPersonas();
  await personas.getByRole('button', { name: '+ New persona' }).click();
  await personas.getByRole('textbox', { name: 'Name', exact: true }).fill('Maya Okafor');
  const fields = {
    Role: 'Account manager, travels twice a month',
    Quote: 'I just need a quiet room near the client, inside policy.',
    Goals: 'Stay close to the client\nBook inside the policy',
    Frustrations: 'Prices that change at checkout',
  };
  for (const [name, value] of Object.entries(fields)) {
    await personas.getByRole('textbox', { name }).fill(value);
  }
  await personas.getByRole('button', { name: 'Close' }).click();
  await sidebar.choice('Persona').selectOption({ label: 'Maya Okafor' });

  // Stages: the blank template's one stage is renamed, the rest are added.
  await editor.stage('Stage 1').locator('.stage-header').click();
  await ins.textbox('Name').fill(STAGES[0]!.name);
  await ins.textbox('Customer goal').fill(STAGES[0]!.goal);
  for (const stage of STAGES.slice(1)) {
    await page.getByRole('button', { name: '+ Stage' }).click();
    await expect(ins.textbox('Name')).toBeFocused();
    await ins.textbox('Name').fill(stage.name);
    await ins.textbox('Customer goal').fill(stage.goal);
  }

  // Lanes of every kind the map needs, added from the inspector with nothing selected.
  await page.keyboard.press('Escape');
  for (const kind of ['Thoughts and feelings', 'Emotion curve', 'Pain points', 'Opportunities']) {
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await ins.panel.getByLabel('Lane kind').selectOption({ label: kind });
    await ins.button('+ Add lane').click();
  }
  await editor.fitView();

  for (const t of TOUCHPOINTS) {
    await editor.addTouchpoint(t.stage, t.title, t.emotion, t.effort);
    await ins.select('Channel').selectOption(t.channel);
    if (t.momentOfTruth) await ins.toggle('Moment of truth').click();
  }
  for (const n of NOTES) {
    await editor.fitView();
    const cell = editor.cell(n.stage, n.lane);
    const box = await cell.boundingBox();
    if (!box) throw new Error(`${n.stage}/${n.lane} is not on screen`);
    await cell.dblclick({ position: { x: box.width / 2, y: box.height - 6 } });
    await expect(ins.textbox('Title')).toBeFocused();
    await ins.textbox('Title').fill(n.title);
  }

  await editor.fitView();
  for (let i = 0; i + 1 < TOUCHPOINTS.length; i++) {
    await connect(page, editor, TOUCHPOINTS[i]!.title, TOUCHPOINTS[i + 1]!.title);
    if (TOUCHPOINTS[i + 1]!.title === 'Surprise resort fee') {
      await ins.select('Kind').selectOption({ label: 'Failure path' });
      await ins.textbox('Label').fill('Fee shown late');
    }
  }
  await editor.expectSaved();
  await expectMap(page, editor);

  // Reopened from the file by a fresh server, as after quitting the app.
  expect(await workspace.stopServer()).toBe(0);
  await workspace.serve(workspace.path('Business travel.wayline'));
  await editor.fitView();
  await expectMap(page, editor);
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.screenshot({ path: join(SHOTS, 'worked-example-built-light.png') });
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: join(SHOTS, 'worked-example-built-dark.png') });
});
