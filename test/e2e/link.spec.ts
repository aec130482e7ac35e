import { join } from 'node:path';
import { openProjectStore } from '../../electron/backend/projectStore';
import { EditorPage } from './support/editorPage';
import { InspectorPage } from './support/inspectorPage';
import { expect, SHOTS, test } from './support/workspace';

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

const PROJECT = 'link.wayline';
const LINK = 'https://bank.example/apply?step=2';

test('a touchpoint links to its real page: typed in the inspector, shown on the card, opened in a new window', async ({
  page,
  workspace,
}) => {
  await workspace.serve(workspace.path(PROJECT));
  const editor = new EditorPage(page);
  const ins = new InspectorPage(page);
  await expect(editor.stage('Awareness')).toBeVisible();
  await page.getByRole('button', { name: 'Add touchpoint to Awareness' }).click();
  await ins.textbox('Title').fill('Applies online');

  // Half-typed or unsafe addresses are never saved, and the field says so.
  await ins.textbox('Link').fill('javascript:alert(1)');
  await expect(page.getByText('Not saved: a link is a full https:// address')).toBeVisible();
  await expect(editor.card('Applies online').getByRole('link')).toHaveCount(0);

  await ins.textbox('Link').fill(LINK);
  await expect(page.getByText('Not saved')).toHaveCount(0);
  const link = editor.card('Applies online').getByRole('link');
  await expect(link).toHaveAttribute('href', LINK);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await page.screenshot({ path: join(SHOTS, 'card-link.png') });

  // The page opens in a window of its own (in the desktop app the shell hands it to the system
  // browser after checking it again); nothing leaves this machine in the test.
  await page
    .context()
    .route('https://bank.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Bank</title>' }),
    );
  const popup = page.waitForEvent('popup');
  await link.click();
  expect((await popup).url()).toBe(LINK);

  await editor.card('Applies online').click();
  expect(await workspace.stopServer()).toBe(0);
  const store = openProjectStore(workspace.path(PROJECT));
  try {
    const card = Object.values(store.doc.touchpoints).find((t) => t.title === 'Applies online');
    expect(card?.link).toBe(LINK);
  } finally {
    store.close();
  }
});
