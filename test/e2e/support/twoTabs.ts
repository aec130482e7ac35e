import type { Page, Route, WebSocketRoute } from '@playwright/test';
import { join } from 'node:path';
import { readCallFrame, readServerFrame, SOCKET_PATH } from '../../../shared/api/socket';
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
  await tapSocket(other, { deaf: options.deafSecond ?? false });
  await other.goto(`http://127.0.0.1:${server.port}/`);
  const second = new EditorPage(other);
  await expect(second.card('Shared card')).toBeVisible();
  return { first, second, other };
}

/** A tapped page's socket: its saves can be held back, and a deaf tab hears no events. */
interface SocketTap {
  holding: boolean;
  held: string[];
  server: WebSocketRoute | null;
}

const taps = new WeakMap<Page, SocketTap>();

/**
 * Passes `page`'s socket (shared/api/socket.ts) through the test, from before it opens. A deaf
 * tab is sent no events, so its copy goes stale as the other tab edits.
 */
async function tapSocket(page: Page, options: { deaf: boolean }) {
  const tap: SocketTap = { holding: false, held: [], server: null };
  taps.set(page, tap);
  await page.routeWebSocket(`**${SOCKET_PATH}`, (ws) => {
    const server = ws.connectToServer();
    tap.server = server;
    ws.onMessage((frame) => {
      const call = typeof frame === 'string' ? readCallFrame(frame) : undefined;
      if (tap.holding && call?.method === 'project.applyOps') tap.held.push(frame as string);
      else server.send(frame);
    });
    server.onMessage((frame) => {
      const kind = typeof frame === 'string' ? readServerFrame(frame)?.kind : undefined;
      if (!(options.deaf && kind === 'event')) ws.send(frame);
    });
  });
}

/** Holds a tab's saves back until released, as a slow network would (on its socket and HTTP). */
export async function holdSaves(page: Page) {
  const tap = taps.get(page);
  if (!tap) throw new Error('holdSaves needs the second tab of twoTabs');
  const held: Route[] = [];
  tap.holding = true;
  const pattern = '**/api/project.applyOps';
  await page.route(pattern, (route) => (tap.holding ? void held.push(route) : route.continue()));
  return {
    held: () => held.length + tap.held.length,
    async release() {
      tap.holding = false;
      for (const frame of tap.held.splice(0)) tap.server?.send(frame);
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
