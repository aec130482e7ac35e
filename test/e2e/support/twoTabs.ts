import type { Page, Route } from '@playwright/test';
import { join } from 'node:path';
import { EditorPage } from './editorPage';
import { expect, SHOTS, type Workspace } from './workspace';

/** Two tabs of one browser on one browser-mode server, as the two-window specs drive them. */

/** How soon another page must show an edit. */
export const LIVE_MS = 1000;

/** Browser mode on a project with one card, in this page and a second tab of the same browser. */
export async function twoTabs(
  page: Page,
  workspace: Workspace,
  options: { deafSecond?: boolean } = {},
) {
  await workspace.serve(workspace.path('shared.wayline'));
  const first = new EditorPage(page);
  await expect(first.stage('Awareness')).toBeVisible();
  await first.addTouchpoint('Awareness', 'Shared card', 'Neutral', 4);
  await first.expectSaved();
  const server = workspace.server;
  if (!server) throw new Error('the server did not start');

  // The second tab opens the app's address as typed, with no link: same browser, same session.
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1440, height: 900 });
  // A deaf tab hears no events: its copy goes stale as the first tab edits.
  if (options.deafSecond) await other.route('**/events', (route) => route.abort());
  await other.goto(`http://127.0.0.1:${server.port}/`);
  const second = new EditorPage(other);
  await expect(second.card('Shared card')).toBeVisible();
  return { first, second, other };
}

/** Holds a page's saves back until released, as a slow network would. */
export async function holdSaves(page: Page) {
  const held: Route[] = [];
  let holding = true;
  const pattern = '**/api/project.applyOps';
  await page.route(pattern, (route) => (holding ? void held.push(route) : route.continue()));
  return {
    held: () => held.length,
    async release() {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
      await page.unroute(pattern);
    },
  };
}

/** Both tabs' screenshots in one image, to look at: test-results/screenshots/`name`. */
export async function sideBySide(page: Page, name: string, left: Buffer, right: Buffer) {
  const board = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1440, height: 470 } });
  const img = (png: Buffer) =>
    `<img style="width:50%" src="data:image/png;base64,${png.toString('base64')}">`;
  await board.setContent(`<body style="margin:0;display:flex">${img(left)}${img(right)}</body>`);
  await board.screenshot({ path: join(SHOTS, name) });
  await board.close();
}

export async function selectCard(editor: EditorPage, title: string) {
  await editor.card(title).click();
  await expect(editor.title).toHaveValue(title);
}
