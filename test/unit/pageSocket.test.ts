import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { inProcessCall } from '../../electron/backend/dispatch';
import { closePageSockets } from '../../electron/browser/pageSocket';
import { feedClientId, type ProjectEvent } from '../../shared/api/events';
import type { OpenProject } from '../../shared/api/schema';
import {
  callFrame,
  CLOSING_FRAME,
  readServerFrame,
  SESSION_REFUSED_CODE,
  SOCKET_PATH,
  socketProtocols,
  SUBSCRIBED_FRAME,
} from '../../shared/api/socket';
import { startBrowserModeServer, type BrowserModeServer } from './browserModeServer';

const TOKEN = 'socket-token-0123456789';
const FEED_A = '0123456789abcdef';

/** A page socket as a test drives it: the frames heard, how it ended, or the refusal's status. */
interface Page {
  ws: WebSocket;
  frames: string[];
  closed: { code: number } | null;
  status: number | null;
  events(): ProjectEvent[];
  send(id: number, method: string, argsJson: string): Promise<unknown>;
}

function openPage(
  port: number,
  options: { protocols?: string[]; headers?: Record<string, string>; path?: string } = {},
) {
  const ws = new WebSocket(
    `ws://127.0.0.1:${port}${options.path ?? SOCKET_PATH}`,
    options.protocols ?? socketProtocols(TOKEN, FEED_A),
    { headers: options.headers },
  );
  const page: Page = {
    ws,
    frames: [],
    closed: null,
    status: null,
    events: () =>
      page.frames
        .map((f) => readServerFrame(f))
        .flatMap((f) => (f?.kind === 'event' ? [JSON.parse(f.json) as ProjectEvent] : [])),
    async send(id, method, argsJson) {
      ws.send(callFrame(id, method, argsJson));
      let answer: string | undefined;
      await expect
        .poll(() => {
          for (const frame of page.frames.map((f) => readServerFrame(f))) {
            if (frame?.kind === 'answer' && frame.id === id) answer = frame.json;
          }
          return answer;
        })
        .toBeDefined();
      return JSON.parse(answer!) as unknown;
    },
  };
  ws.on('message', (data) => page.frames.push(String(data)));
  ws.on('close', (code) => (page.closed = { code }));
  ws.on('error', () => {});
  return new Promise<Page>((resolve) => {
    ws.on('unexpected-response', (_req, res) => {
      page.status = res.statusCode ?? 0;
      resolve(page);
    });
    // Open and told it is subscribed, or let in and closed at once.
    ws.on('message', () => resolve(page));
    ws.on('close', () => resolve(page));
  });
}

describe('the page socket of browser mode', () => {
  let web: BrowserModeServer;
  let port: number;
  let dir: string;
  let listeners: BrowserModeServer['listeners'];
  const call = (method: string, args: unknown) => inProcessCall(web.backend.handlers)(method, args);

  beforeEach(async () => {
    web = await startBrowserModeServer(TOKEN);
    ({ port, dir, listeners } = web);
  });

  afterEach(() => web.stop());

  it('refuses another origin, host, path or protocol; closes at once on a wrong token', async () => {
    const foreign = await openPage(port, { headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const rebound = await openPage(port, { headers: { Host: `evil.example:${port}` } });
    expect(rebound.status).toBe(421);
    expect((await openPage(port, { path: '/elsewhere' })).status).toBe(404);
    expect((await openPage(port, { protocols: ['chat'] })).status).toBe(400);

    const stale = await openPage(port, {
      protocols: socketProtocols('wrong-token-012345', FEED_A),
    });
    expect(stale.status).toBeNull();
    await expect.poll(() => stale.closed?.code).toBe(SESSION_REFUSED_CODE);
    expect(stale.frames).toEqual([]);
    const none = await openPage(port, { protocols: ['wayline.v1'] });
    await expect.poll(() => none.closed?.code).toBe(SESSION_REFUSED_CODE);
    // None of them subscribed anything.
    expect(listeners.size).toBe(0);
  });

  it('answers calls with the backend’s envelope, and refuses what is not a call', async () => {
    const page = await openPage(port, { headers: { Origin: `http://127.0.0.1:${port}` } });
    expect(page.frames[0]).toBe(SUBSCRIBED_FRAME);
    const path = join(dir, 'called');
    const created = await page.send(7, 'project.create', JSON.stringify({ path, name: 'Called' }));
    expect(created).toMatchObject({ ok: true, value: { path: `${path}.wayline` } });
    expect(await page.send(8, 'project.nope', '{}')).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await page.send(9, 'project.create', '{not json')).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', message: 'The request is not valid JSON.' },
    });
    page.ws.send('no id here');
    await expect.poll(() => page.closed?.code).toBe(1002);

    const binary = await openPage(port);
    binary.ws.send(Buffer.from([1, 2, 3]));
    await expect.poll(() => binary.closed?.code).toBe(1003);
  });

  it('sends every committed edit to every open page, and stops when a page goes', async () => {
    const created = await call('project.create', { path: join(dir, 'live'), name: 'Live' });
    if (!created.ok) throw new Error(created.error.message);
    const project = created.value as OpenProject;
    const first = await openPage(port, { protocols: socketProtocols(TOKEN, FEED_A) });
    const second = await openPage(port, { protocols: socketProtocols(TOKEN, 'fedcba9876543210') });
    expect(listeners.size).toBe(2);

    const ops = [{ type: 'updateProject', patch: { name: 'Renamed' } }];
    const applied = await call('project.applyOps', {
      ops,
      baseRevision: project.revision,
      clientId: 'window-a',
    });
    expect(applied).toMatchObject({ ok: true, value: { revision: project.revision + 1 } });
    const expected: ProjectEvent = {
      type: 'applied',
      path: project.path,
      change: {
        baseRevision: project.revision,
        revision: project.revision + 1,
        ops: ops as ProjectEvent['change']['ops'],
        clientId: 'window-a',
      },
    };
    await expect.poll(() => first.events()).toEqual([expected]);
    await expect.poll(() => second.events()).toEqual([expected]);

    // A window that missed it gets it from the change log; one too far back is told to reload.
    expect(await call('project.changesSince', { revision: project.revision })).toEqual({
      ok: true,
      value: { path: project.path, revision: project.revision + 1, changes: [expected.change] },
    });
    expect(await call('project.changesSince', { revision: project.revision + 5 })).toMatchObject({
      ok: true,
      value: { changes: null },
    });

    second.ws.close();
    await expect.poll(() => listeners.size).toBe(1);
    await call('project.applyOps', {
      ops: [{ type: 'updateProject', patch: { name: 'Again' } }],
      baseRevision: project.revision + 1,
    });
    await expect.poll(() => first.events().length).toBe(2);
    expect(first.events()[1]?.change.clientId).toBeNull();
  });

  it('leaves out of a page’s events the edits that page made, and only those', async () => {
    const created = await call('project.create', { path: join(dir, 'own'), name: 'Own' });
    if (!created.ok) throw new Error(created.error.message);
    const { revision } = created.value as OpenProject;
    const pageB = 'fedcba9876543210';
    const a = await openPage(port, { protocols: socketProtocols(TOKEN, FEED_A) });
    const b = await openPage(port, { protocols: socketProtocols(TOKEN, pageB) });
    const unnamed = await openPage(port, { protocols: ['wayline.v1', `token.${TOKEN}`] });
    // Not a feed id: that page hears everything, as one that names none.
    const odd = await openPage(port, { protocols: socketProtocols(TOKEN, 'x'.repeat(16)) });
    const edit = (n: number, clientId: string) =>
      call('project.applyOps', {
        ops: [{ type: 'updateProject', patch: { name: `Name ${n}` } }],
        baseRevision: revision + n,
        clientId,
      });
    await edit(0, feedClientId(FEED_A, 'aaaa'));
    await edit(1, feedClientId(pageB, 'bbbb'));
    // A page id with more after it is another page.
    await edit(2, `${FEED_A}0.cccc`);
    const clients = (p: Page) => p.events().map((e) => e.change.clientId);
    await expect.poll(() => unnamed.events().length).toBe(3);
    await expect.poll(() => odd.events().length).toBe(3);
    await expect.poll(() => clients(a)).toEqual([feedClientId(pageB, 'bbbb'), `${FEED_A}0.cccc`]);
    await expect.poll(() => clients(b)).toEqual([feedClientId(FEED_A, 'aaaa'), `${FEED_A}0.cccc`]);
  });

  it('tells every page when the server shuts down, and closes its socket', async () => {
    const page = await openPage(port);
    expect(listeners.size).toBe(1);
    closePageSockets();
    await expect.poll(() => page.closed?.code).toBe(1001);
    expect(page.frames.at(-1)).toBe(CLOSING_FRAME);
    expect(listeners.size).toBe(0);
  });
});
