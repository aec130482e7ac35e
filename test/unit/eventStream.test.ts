import type { ClientRequest, IncomingMessage, Server } from 'node:http';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcessCall, inProcessJsonCall } from '../../electron/backend/dispatch';
import { createBackend, type Backend } from '../../electron/backend/handlers';
import { CLOSING_LINE, endEventStreams } from '../../electron/browser/eventStream';
import { createHttpServer, TOKEN_HEADER } from '../../electron/browser/httpServer';
import { createSessionCodes } from '../../electron/browser/sessionCodes';
import { EVENTS_PATH, FEED_HEADER, feedClientId, type ProjectEvent } from '../../shared/api/events';
import type { OpenProject } from '../../shared/api/schema';
import { tempDir } from './fixtures';
import { closeServer, listenOnLoopback } from './loopback';

const TOKEN = 'event-token-0123456789';

/** An open event stream: its status, and the events read from it so far. */
interface Stream {
  status: number;
  body: string;
  /** The server ended the response (a clean end, not a cut connection). */
  ended: boolean;
  events(): ProjectEvent[];
  close(): void;
}

function openStream(port: number, headers: Record<string, string>, method = 'GET') {
  return new Promise<Stream>((resolve, reject) => {
    let req: ClientRequest | null = null;
    req = request(
      {
        host: '127.0.0.1',
        port,
        path: EVENTS_PATH,
        method,
        headers: { Host: `127.0.0.1:${port}`, ...headers },
      },
      (res: IncomingMessage) => {
        const stream: Stream = {
          status: res.statusCode ?? 0,
          body: '',
          ended: false,
          events: () =>
            stream.body
              .split('\n\n')
              .filter((block) => block.startsWith('data: '))
              .map((block) => JSON.parse(block.slice('data: '.length)) as ProjectEvent),
          close: () => req?.destroy(),
        };
        res.on('data', (d: Buffer) => (stream.body += d.toString()));
        res.on('error', () => {});
        // The stream's first bytes (or a refusal's whole body) are enough to answer.
        res.once('data', () => resolve(stream));
        res.once('end', () => {
          stream.ended = true;
          resolve(stream);
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the event stream of browser mode', () => {
  let tmp: ReturnType<typeof tempDir>;
  let backend: Backend;
  let server: Server;
  let port: number;
  const listeners = new Set<(event: ProjectEvent) => void>();
  const call = (method: string, args: unknown) => inProcessCall(backend.handlers)(method, args);

  beforeEach(async () => {
    tmp = tempDir();
    backend = createBackend({
      mode: 'browser',
      settingsDir: join(tmp.dir, 'settings'),
      defaultDirectory: tmp.dir,
      onEvent: (event) => listeners.forEach((listener) => listener(event)),
    });
    server = createHttpServer({
      call: inProcessJsonCall(backend.handlers),
      token: TOKEN,
      codes: createSessionCodes(TOKEN),
      staticDir: tmp.dir,
      events: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    port = await listenOnLoopback(server);
  });

  afterEach(async () => {
    await closeServer(server);
    backend.close();
    tmp.cleanup();
  });

  it('refuses a stream without the session token, from another origin or host, and POST', async () => {
    const none = await openStream(port, {});
    expect(none.status).toBe(401);
    expect(none.body).toContain('session token');
    expect((await openStream(port, { [TOKEN_HEADER]: 'wrong-token-0123456789' })).status).toBe(401);
    const foreign = await openStream(port, {
      [TOKEN_HEADER]: TOKEN,
      Origin: 'http://evil.example',
    });
    expect(foreign.status).toBe(403);
    const rebound = await openStream(port, { [TOKEN_HEADER]: TOKEN, Host: `evil.example:${port}` });
    expect(rebound.status).toBe(421);
    expect((await openStream(port, { [TOKEN_HEADER]: TOKEN }, 'POST')).status).toBe(405);
    // None of them subscribed anything.
    expect(listeners.size).toBe(0);
  });

  it('delivers every committed edit to every open stream, and stops when a stream closes', async () => {
    const created = await call('project.create', { path: join(tmp.dir, 'live'), name: 'Live' });
    if (!created.ok) throw new Error(created.error.message);
    const project = created.value as OpenProject;
    const first = await openStream(port, { [TOKEN_HEADER]: TOKEN });
    const second = await openStream(port, {
      [TOKEN_HEADER]: TOKEN,
      Origin: `http://127.0.0.1:${port}`,
    });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
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
    expect(await call('project.changesSince', { revision: project.revision + 1 })).toMatchObject({
      ok: true,
      value: { changes: [] },
    });
    expect(await call('project.changesSince', { revision: project.revision + 5 })).toMatchObject({
      ok: true,
      value: { changes: null },
    });

    second.close();
    await expect.poll(() => listeners.size).toBe(1);
    await call('project.applyOps', {
      ops: [{ type: 'updateProject', patch: { name: 'Again' } }],
      baseRevision: project.revision + 1,
    });
    await expect.poll(() => first.events().length).toBe(2);
    expect(first.events()[1]?.change.clientId).toBeNull();
    first.close();
  });

  it('leaves out of a page’s stream the edits that page made, and only those', async () => {
    const created = await call('project.create', { path: join(tmp.dir, 'own'), name: 'Own' });
    if (!created.ok) throw new Error(created.error.message);
    const { revision } = created.value as OpenProject;
    const pageA = '0123456789abcdef';
    const pageB = 'fedcba9876543210';
    const a = await openStream(port, { [TOKEN_HEADER]: TOKEN, [FEED_HEADER]: pageA });
    const b = await openStream(port, { [TOKEN_HEADER]: TOKEN, [FEED_HEADER]: pageB });
    const unnamed = await openStream(port, { [TOKEN_HEADER]: TOKEN });
    // Not a feed id: that stream hears everything, as one that names none.
    const odd = await openStream(port, { [TOKEN_HEADER]: TOKEN, [FEED_HEADER]: 'x'.repeat(16) });
    const edit = (n: number, clientId: string) =>
      call('project.applyOps', {
        ops: [{ type: 'updateProject', patch: { name: `Name ${n}` } }],
        baseRevision: revision + n,
        clientId,
      });
    await edit(0, feedClientId(pageA, 'aaaa'));
    await edit(1, feedClientId(pageB, 'bbbb'));
    // A page id with more after it is another page.
    await edit(2, `${pageA}0.cccc`);
    const clients = (s: typeof a) => s.events().map((e) => e.change.clientId);
    await expect.poll(() => unnamed.events().length).toBe(3);
    await expect.poll(() => odd.events().length).toBe(3);
    await expect.poll(() => clients(a)).toEqual([feedClientId(pageB, 'bbbb'), `${pageA}0.cccc`]);
    await expect.poll(() => clients(b)).toEqual([feedClientId(pageA, 'aaaa'), `${pageA}0.cccc`]);
    for (const s of [a, b, unnamed, odd]) s.close();
  });

  it('ends every stream cleanly when the server shuts down', async () => {
    const stream = await openStream(port, { [TOKEN_HEADER]: TOKEN });
    expect(listeners.size).toBe(1);
    endEventStreams();
    await expect.poll(() => stream.ended).toBe(true);
    expect(stream.body.endsWith(CLOSING_LINE)).toBe(true);
    expect(listeners.size).toBe(0);
  });
});
