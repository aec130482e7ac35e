import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcessJsonCall } from '../../electron/backend/dispatch';
import { createBackend, type Backend } from '../../electron/backend/handlers';
import { createHttpServer, MAX_BODY_BYTES, TOKEN_HEADER } from '../../electron/browser/httpServer';
import {
  announceSessionLinks,
  createSessionCodes,
  type SessionCodes,
} from '../../electron/browser/sessionCodes';
import { makeTouchpoint } from '../../shared/model/factories';
import type { OpenProject } from '../../shared/api/schema';
import { fromWire } from '../../shared/api/wire';
import { tempDir } from './fixtures';
import { closeServer, listenOnLoopback } from './loopback';

const TOKEN = 'test-token-0123456789';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request, so Host and Origin can be set as an attacker's page would. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const api = (port: number, method: string, args: unknown, headers: Record<string, string> = {}) =>
  send(port, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: JSON.stringify(args),
  });

describe('browser-mode HTTP server', () => {
  let tmp: { path: string; remove: () => void };
  let backend: Backend;
  let server: Server;
  let port: number;
  let codes: SessionCodes;

  beforeEach(async () => {
    const made = tempDir();
    tmp = { path: made.dir, remove: made.cleanup };
    const staticDir = join(tmp.path, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Wayline</title>');
    writeFileSync(join(tmp.path, 'secret.txt'), 'not for the browser');
    backend = createBackend({
      mode: 'browser',
      settingsDir: join(tmp.path, 'settings'),
      defaultDirectory: tmp.path,
    });
    codes = createSessionCodes(TOKEN);
    server = createHttpServer({
      call: inProcessJsonCall(backend.handlers),
      token: TOKEN,
      codes,
      staticDir,
    });
    port = await listenOnLoopback(server);
  });

  afterEach(async () => {
    await closeServer(server);
    backend.close();
    tmp.remove();
  });

  it('serves the page with a strict CSP and no token needed', async () => {
    const reply = await send(port, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Wayline</title>');
    expect(reply.headers['content-security-policy']).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    // WebAssembly may compile (the connector router); JavaScript eval may not.
    expect(reply.headers['content-security-policy']).not.toContain("'unsafe-eval'");
  });

  it('answers API calls only with the session token', async () => {
    expect((await api(port, 'app.getState', {}, { [TOKEN_HEADER]: '' })).status).toBe(401);
    expect(
      (await api(port, 'app.getState', {}, { [TOKEN_HEADER]: 'wrong-token-0123456789' })).status,
    ).toBe(401);
    const ok = await api(port, 'app.getState', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({
      ok: true,
      value: { mode: 'browser', project: null },
    });
  });

  const trade = (code: unknown, headers: Record<string, string> = {}) =>
    send(port, '/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ code }),
    });

  it('trades a printed link’s code for the session token once; the code is dead after', async () => {
    const lines: string[] = [];
    announceSessionLinks(codes, port, (line) => lines.push(line));
    expect(lines).toHaveLength(1);
    const first = /^Wayline is running at http:\/\/127\.0\.0\.1:(\d+)\/\?code=(\S+)$/.exec(
      lines[0]!,
    );
    expect(first?.[1]).toBe(String(port));
    // The link has no token in it: that is what the browser's history keeps.
    expect(lines[0]).not.toContain(TOKEN);
    const code = first![2]!;

    const traded = await trade(code);
    expect(traded.status).toBe(200);
    expect(traded.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(traded.body)).toEqual({ token: TOKEN });
    const again = await trade(code);
    expect(again.status).toBe(403);
    expect(again.body).toMatch(/used already/);
    expect(again.body).not.toContain(TOKEN);

    // After each use the terminal gets a new link, which works once too.
    expect(lines).toHaveLength(2);
    const next = /For another tab or window: http:\/\/127\.0\.0\.1:\d+\/\?code=(\S+)$/.exec(
      lines[1]!,
    );
    expect(next?.[1]).not.toBe(code);
    expect((await trade(next![1])).status).toBe(200);
    expect((await trade(next![1])).status).toBe(403);
  });

  it('refuses a trade with a made-up code, from another origin, or as a GET or a form', async () => {
    const code = codes.issue();
    for (const bad of ['', 'x', code.slice(1), `${code}x`, 42, null]) {
      expect((await trade(bad)).status, String(bad)).toBe(403);
    }
    expect((await trade(code, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await send(port, `/session?code=${code}`)).status).toBe(405);
    const form = await send(port, '/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `code=${code}`,
    });
    expect(form.status).toBe(415);
    const huge = await trade('x'.repeat(4096));
    expect(huge.status).toBe(400);
    // None of those used the code up.
    expect(JSON.parse((await trade(code)).body)).toEqual({ token: TOKEN });
  });

  it('refuses other hosts (DNS rebinding) and other origins', async () => {
    expect((await send(port, '/', { headers: { Host: `evil.example:${port}` } })).status).toBe(421);
    expect((await api(port, 'app.getState', {}, { Host: `evil.example:${port}` })).status).toBe(
      421,
    );
    expect((await api(port, 'app.getState', {}, { Origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect(
      (await api(port, 'app.getState', {}, { Origin: `http://127.0.0.1:${port}` })).status,
    ).toBe(200);
  });

  it('answers malformed and oversized requests with clear statuses, and bad args with a typed error', async () => {
    const broken = await send(port, '/api/app.getState', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    const notJson = await send(port, '/api/app.getState', {
      method: 'POST',
      headers: { [TOKEN_HEADER]: TOKEN },
      body: 'x',
    });
    expect(notJson.status).toBe(415);
    const huge = await api(port, 'project.open', { path: 'x'.repeat(MAX_BODY_BYTES + 1024) });
    expect(huge.status).toBe(413);
    const bad = JSON.parse((await api(port, 'project.open', { path: 42 })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%E0%A4%A']) {
      const reply = await send(port, path);
      expect(reply.status, path).not.toBe(200);
      expect(reply.body).not.toContain('not for the browser');
    }
  });

  it('drives a project end to end over HTTP', async () => {
    const created = fromWire(
      'project.create',
      JSON.parse(
        (await api(port, 'project.create', { path: join(tmp.path, 'web'), name: 'Web' })).body,
      ),
    ) as { ok: true; value: OpenProject };
    expect(created.ok).toBe(true);
    expect(created.value.path).toBe(join(tmp.path, 'web.wayline'));
    const stageId = Object.keys(created.value.doc.stages)[0]!;
    const laneId = (Object.values(created.value.doc.lanes) as { id: string; kind: string }[]).find(
      (l) => l.kind === 'touchpoints',
    )!.id;
    const journeyId = Object.keys(created.value.doc.journeys)[0]!;
    const op = {
      type: 'addTouchpoint',
      touchpoint: makeTouchpoint({
        id: 'tp-1',
        journeyId,
        stageId,
        laneId,
        title: 'Visits the site',
        emotion: 1,
        effort: 2,
      }),
      at: { index: 0 },
    };
    expect(created.value.revision).toBe(0);
    const applied = await api(port, 'project.applyOps', {
      ops: [op],
      baseRevision: created.value.revision,
    });
    expect(applied.status).toBe(200);
    expect(JSON.parse(applied.body)).toEqual({ ok: true, value: { revision: 1 } });
    // The same edit again on the old revision (another tab, say) is refused as out of sync.
    const stale = await api(port, 'project.applyOps', {
      ops: [{ ...op, touchpoint: { ...op.touchpoint, id: 'tp-2' } }],
      baseRevision: created.value.revision,
    });
    expect(JSON.parse(stale.body)).toMatchObject({ ok: false, error: { code: 'out_of_sync' } });
    const loaded = fromWire(
      'project.load',
      JSON.parse((await api(port, 'project.load', {})).body),
    ) as { ok: true; value: OpenProject };
    expect(loaded.value.revision).toBe(1);
    expect(Object.keys(loaded.value.doc.touchpoints)).toEqual(['tp-1']);
    expect(loaded.value.doc.touchpoints['tp-1']).toMatchObject({
      title: 'Visits the site',
      emotion: 1,
      effort: 2,
    });
  });
});

describe('the backend’s answer as the server sends it', () => {
  let server: Server;
  let port: number;
  let removeStatic: () => void;
  const calls: { method: string; args: unknown }[] = [];
  // Spacing and key order JSON.stringify would never produce: a re-serialised answer differs.
  const ANSWER = '{ "value" : {"doc": {"touchpoints": {}}, "path": "/p.wayline"},"ok":true }';
  const FAILURE = '{"ok":false,"error":{"code":"corrupt","message":"Damaged."}}';

  beforeEach(async () => {
    calls.length = 0;
    const made = tempDir();
    removeStatic = made.cleanup;
    server = createHttpServer({
      call: async (method, args) => {
        calls.push({ method, args });
        return method === 'project.open' ? FAILURE : ANSWER;
      },
      token: TOKEN,
      codes: createSessionCodes(TOKEN),
      staticDir: made.dir,
    });
    port = await listenOnLoopback(server);
  });

  afterEach(async () => {
    await closeServer(server);
    removeStatic();
  });

  it('is the backend’s JSON text byte for byte, never parsed and serialised again', async () => {
    const reply = await api(port, 'project.load', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.body).toBe(ANSWER);
    expect(calls).toEqual([{ method: 'project.load', args: {} }]);
  });

  it('carries an error envelope unchanged, with the status of any answer', async () => {
    const reply = await api(port, 'project.open', { path: '/p.wayline' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(FAILURE);
  });

  it('still refuses a missing token, a foreign origin and a bad body before calling the backend', async () => {
    expect((await api(port, 'project.load', {}, { [TOKEN_HEADER]: '' })).status).toBe(401);
    expect((await api(port, 'project.load', {}, { Origin: 'http://evil.example' })).status).toBe(
      403,
    );
    const broken = await send(port, '/api/project.load', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(calls).toEqual([]);
  });
});
