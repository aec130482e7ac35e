/**
 * The page's side of browser mode's socket (renderer/src/api/socketLink.ts) against the real
 * server (electron/browser/pageSocket.ts), with Node's own WebSocket as the browser's.
 */
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closePageSockets } from '../../electron/browser/pageSocket';
import type { FeedEvent } from '../../renderer/src/api/feed';
import { openSocketLink } from '../../renderer/src/api/socketLink';
import { feedClientId } from '../../shared/api/events';
import { startBrowserModeServer, type BrowserModeServer } from './browserModeServer';

const TOKEN = 'link-token-0123456789';
const FEED = 'abcdefabcdef0123';

describe('the page’s socket link', () => {
  let web: BrowserModeServer;
  let calls: string[];
  let stored: Map<string, string>;
  const connections = new Set<Socket>();
  const heardBy = (link: ReturnType<typeof openSocketLink>) => {
    const heard: FeedEvent[] = [];
    link.feed.subscribe((event) => heard.push(event));
    return heard;
  };

  beforeEach(async () => {
    calls = [];
    web = await startBrowserModeServer(TOKEN, (call) => (method, args) => {
      calls.push(method);
      return call(method, args);
    });
    web.server.on('connection', (socket: Socket) => {
      connections.add(socket);
      socket.on('close', () => connections.delete(socket));
    });
    stored = new Map([['wayline.token', TOKEN]]);
    vi.stubGlobal('window', { location: { protocol: 'http:', host: `127.0.0.1:${web.port}` } });
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      removeItem: (key: string) => stored.delete(key),
    });
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    await web.stop();
  });

  it('sends calls on the socket once it is open, and large ones over HTTP', async () => {
    const link = openSocketLink(Promise.resolve({ token: TOKEN }), FEED);
    const heard = heardBy(link);
    // Before it opens, the caller is told to use HTTP.
    expect(link.call('project.create', '{}')).toBeUndefined();
    await expect.poll(() => heard).toEqual([{ type: 'connected' }]);

    const path = join(web.dir, 'linked');
    const answer = link.call('project.create', JSON.stringify({ path, name: 'Linked' }));
    expect(JSON.parse((await answer) as string)).toMatchObject({ ok: true });
    expect(calls).toEqual(['project.create']);
    expect(link.call('project.create', 'x'.repeat(300_000))).toBeUndefined();
    // A listener that comes later is told it is connected, so it catches up too.
    const late = heardBy(link);
    await expect.poll(() => late).toEqual([{ type: 'connected' }]);
  });

  it('hears other pages’ edits and not its own', async () => {
    const link = openSocketLink(Promise.resolve({ token: TOKEN }), FEED);
    const heard = heardBy(link);
    await expect.poll(() => heard.length).toBe(1);
    const path = join(web.dir, 'shared');
    const created = JSON.parse(
      (await link.call('project.create', JSON.stringify({ path, name: 'Shared' })))!,
    ) as { value: { revision: number } };
    const edit = async (name: string, revision: number, clientId: string) =>
      link.call(
        'project.applyOps',
        JSON.stringify({
          ops: [{ type: 'updateProject', patch: { name } }],
          baseRevision: revision,
          clientId,
        }),
      );
    const base = created.value.revision;
    await edit('Mine', base, feedClientId(FEED, 'own'));
    await edit('Theirs', base + 1, feedClientId('0000000000000000', 'other'));
    await expect.poll(() => heard.length).toBe(2);
    expect(heard[1]).toMatchObject({ type: 'applied', change: { revision: base + 2 } });
  });

  it('fails a call cut off by a dropped connection, opens again and says so', async () => {
    const link = openSocketLink(Promise.resolve({ token: TOKEN }), FEED);
    const heard = heardBy(link);
    await expect.poll(() => heard.length).toBe(1);
    // A call the backend never answers, then the connection drops (not a shutdown).
    const never = new Promise<string>(() => {});
    vi.spyOn(web.backend.handlers, 'project.changesSince').mockReturnValue(never as never);
    const pending = link.call('project.changesSince', JSON.stringify({ revision: 0 }));
    for (const socket of connections) socket.destroy();
    await expect(pending).rejects.toMatchObject({ code: 'io' });
    // A second later it is open again, and says so: the page catches up.
    await expect.poll(() => heard.length, { timeout: 5000 }).toBe(2);
    expect(heard[1]).toEqual({ type: 'connected' });
  });

  it('stops for good when its session is refused, and forgets that token', async () => {
    stored.set('wayline.token', 'stale-token-01234567');
    const link = openSocketLink(Promise.resolve({ token: 'stale-token-01234567' }), FEED);
    const heard = heardBy(link);
    await expect.poll(() => stored.has('wayline.token')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(heard).toEqual([]);
    expect(link.call('project.create', '{}')).toBeUndefined();
    expect(connections.size).toBe(0);
  });

  it('stops listening when the server shuts down', async () => {
    const link = openSocketLink(Promise.resolve({ token: TOKEN }), FEED);
    const heard = heardBy(link);
    await expect.poll(() => heard.length).toBe(1);
    closePageSockets();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(heard).toEqual([{ type: 'connected' }]);
    expect(link.call('project.create', '{}')).toBeUndefined();
    expect(connections.size).toBe(0);
  });
});
