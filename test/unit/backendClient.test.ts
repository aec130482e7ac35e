/**
 * The backend in a process of its own: real child processes running the bundled backend entry,
 * real SQLite files in temp folders. Killed and hung backends are restarted with the project
 * reopened, and the editor's document store recovers from the failure and keeps saving.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createBackendClient,
  DEFAULT_TIME_LIMITS,
  timeLimitFor,
  type BackendClient,
  type BackendClientOptions,
} from '../../electron/backend/process/backendClient';
import type { ApiResponse } from '../../shared/api/errors';
import type { OpenProject } from '../../shared/api/schema';
import { fromWire } from '../../shared/api/wire';
import type { Op } from '../../shared/ops/schema';
import { createDocumentStore } from '../../renderer/src/editor/documentStore';
import { browserStart, bundleBackend, recordingLauncher } from './backendProcess';
import { tempDir } from './fixtures';
import { apiOver } from './inProcessApi';

let bundles: { dir: string; cleanup: () => void };
let realBackend: string;
let stallingBackend: string;

beforeAll(async () => {
  bundles = tempDir('wayline-bundle-');
  [realBackend, stallingBackend] = await Promise.all([
    bundleBackend(bundles.dir),
    bundleBackend(bundles.dir, 'test/unit/stallingBackend.ts'),
  ]);
});
afterAll(() => bundles.cleanup());

let dir: { dir: string; cleanup: () => void };
let client: BackendClient | null = null;
const logged: string[] = [];

function start(bundle: string, extra: Partial<BackendClientOptions> = {}) {
  dir = tempDir();
  const launcher = recordingLauncher(bundle);
  client = createBackendClient({
    launcher,
    start: browserStart(dir.dir),
    log: (message) => logged.push(message),
    ...extra,
  });
  return { client, launcher };
}

afterEach(async () => {
  await client?.close();
  client = null;
  logged.length = 0;
  dir.cleanup();
});

function value<T>(response: ApiResponse<unknown>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.value as T;
}

const rename = (name: string): Op[] => [{ type: 'updateProject', patch: { name } }];

async function createProject(c: BackendClient, name = 'Crash course'): Promise<OpenProject> {
  return value<OpenProject>(await c.call('project.create', { path: join(dir.dir, name), name }));
}

describe('backend client', () => {
  it('round-trips every kind of answer through the backend process', async () => {
    const { client: c } = start(realBackend);
    expect(value(await c.call('app.getState', {}))).toMatchObject({
      mode: 'browser',
      canPickFiles: false,
      project: null,
    });
    const opened = await createProject(c);
    expect(opened.path).toBe(join(dir.dir, 'Crash course.wayline'));
    const applied = await c.call('project.applyOps', {
      ops: rename('Renamed'),
      baseRevision: opened.revision,
    });
    expect(applied).toEqual({ ok: true, value: { revision: opened.revision + 1 } });
    // Validation happens once, in the backend, and comes back as the same typed envelopes.
    expect(await c.call('project.open', { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
    expect(await c.call('project.delete', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await c.call('project.open', { path: join(dir.dir, 'missing.wayline') })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(value<OpenProject>(await c.call('project.load', {})).doc.info.name).toBe('Renamed');
    expect(c.restarts).toBe(0);
  });

  it('hands on the JSON text the backend process made of each answer, errors included', async () => {
    const { client: c } = start(realBackend);
    const opened = await createProject(c, 'Text');
    const text = await c.callJson('project.load', {});
    expect(typeof text).toBe('string');
    // As the backend process sent it: the document as tables of values (shared/api/wire.ts).
    expect(JSON.parse(text).value.rows.tables.stages.fields).toContain('name');
    expect(fromWire('project.load', JSON.parse(text))).toEqual({ ok: true, value: opened });
    expect(JSON.parse(await c.callJson('project.open', { path: 42 }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
    await c.close();
    expect(JSON.parse(await c.callJson('project.load', {}))).toMatchObject({
      ok: false,
      error: { code: 'backend_failed', message: 'Wayline is closing.' },
    });
  });

  it('answers local methods in this process, never in the backend', async () => {
    const { client: c } = start(realBackend, {
      local: { 'dialog.pickProjectPath': async () => ({ path: '/picked.wayline' }) },
    });
    expect(await c.call('dialog.pickProjectPath', { purpose: 'open' })).toEqual({
      ok: true,
      value: { path: '/picked.wayline' },
    });
    expect(await c.call('dialog.pickProjectPath', { purpose: 'print' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
  });

  it('restarts a killed backend and reopens its project, counting revisions on', async () => {
    const { client: c, launcher } = start(realBackend);
    const opened = await createProject(c);
    const first = value<{ revision: number }>(
      await c.call('project.applyOps', { ops: rename('Kept'), baseRevision: opened.revision }),
    );

    // Killed with an edit in flight: the edit is answered with a clear, typed error.
    const inFlight = c.call('project.applyOps', {
      ops: rename('Maybe'),
      baseRevision: first.revision,
    });
    launcher.children[0]?.kill();
    const failed = await inFlight;
    expect(failed).toMatchObject({ ok: false, error: { code: 'backend_failed' } });
    expect(!failed.ok && failed.error.message).toMatch(/stopped unexpectedly and was restarted/);

    // The next call finds a new backend with the same project open, above every old revision.
    const reloaded = value<OpenProject>(await c.call('project.load', {}));
    expect(launcher.children).toHaveLength(2);
    expect(c.restarts).toBe(1);
    expect(reloaded.path).toBe(opened.path);
    expect(['Kept', 'Maybe']).toContain(reloaded.doc.info.name);
    expect(reloaded.revision).toBeGreaterThan(first.revision);
    // An edit made on the old revision is refused, not written over what it did not see, and
    // the window is told why.
    const stale = await c.call('project.applyOps', {
      ops: rename('Stale'),
      baseRevision: first.revision,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'backend_failed' } });
    expect(!stale.ok && stale.error.message).toMatch(/stopped unexpectedly and was restarted\.$/);
    // Editing goes on.
    expect(
      await c.call('project.applyOps', { ops: rename('Later'), baseRevision: reloaded.revision }),
    ).toEqual({ ok: true, value: { revision: reloaded.revision + 1 } });
    expect(value<OpenProject>(await c.call('project.load', {})).doc.info.name).toBe('Later');
    expect(logged.join('\n')).toMatch(/backend process stopped \(killed by SIGKILL\)/);
  });

  it('kills a hung backend, restarts it, and does not repeat the call that hung', async () => {
    const { client: c, launcher } = start(stallingBackend, { timeLimits: { call: 1000 } });
    const opened = await createProject(c);
    const started = Date.now();
    const hung = await c.call('project.applyOps', {
      ops: rename('HANG'),
      baseRevision: opened.revision,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(hung).toMatchObject({ ok: false, error: { code: 'backend_failed' } });
    expect(!hung.ok && hung.error.message).toMatch(/stopped responding and was restarted/);
    expect(logged.join('\n')).toMatch(/did not answer project\.applyOps within 1 s/);

    const reloaded = value<OpenProject>(await c.call('project.load', {}));
    expect(launcher.children).toHaveLength(2);
    expect(reloaded.doc.info.name).toBe('Crash course');
    expect(
      await c.call('project.applyOps', { ops: rename('Unstuck'), baseRevision: reloaded.revision }),
    ).toMatchObject({ ok: true });
  });

  it('reopens the project that was open, never the one whose open hung', async () => {
    const { client: c } = start(stallingBackend, { timeLimits: { open: 2000 } });
    const opened = await createProject(c);
    await c.call('project.close', {});
    value(await c.call('project.open', { path: opened.path }));
    const hung = await c.call('project.open', { path: join(dir.dir, 'HANG.wayline') });
    expect(hung).toMatchObject({ ok: false, error: { code: 'backend_failed' } });
    const state = value<{ project: { path: string } | null }>(await c.call('app.getState', {}));
    expect(state.project?.path).toBe(opened.path);
  });

  it('closes the project cleanly on shutdown and refuses calls afterwards', async () => {
    const { client: c } = start(realBackend);
    const opened = await createProject(c);
    await c.call('project.applyOps', { ops: rename('Closed'), baseRevision: opened.revision });
    await c.close();
    // Checkpointed into the file: no WAL is left beside it.
    expect(existsSync(`${opened.path}-wal`)).toBe(false);
    expect(await c.call('app.getState', {})).toMatchObject({
      ok: false,
      error: { code: 'backend_failed', message: 'Wayline is closing.' },
    });
  });
});

describe('time limits', () => {
  it('are generous for opens and imports, short for everyday calls', () => {
    const limit = (method: string, args: unknown = {}) =>
      timeLimitFor(method, args, DEFAULT_TIME_LIMITS);
    expect(limit('project.open')).toBe(60_000);
    expect(limit('project.create', { rows: {} })).toBe(60_000);
    expect(limit('project.applyOps', { ops: [{ type: 'insertRows', rows: {} }] })).toBe(60_000);
    expect(limit('project.applyOps', { ops: [{ type: 'updateProject' }] })).toBe(30_000);
    expect(limit('project.load')).toBe(30_000);
    expect(limit('export.start')).toBe(30_000);
    expect(limit('project.applyOps', { ops: 'not a list' })).toBe(30_000);
  });
});

describe('the editor over a backend that dies', () => {
  it('reloads the project after a failed save, says why, and keeps saving', async () => {
    const { client: c, launcher } = start(realBackend);
    const api = apiOver(c.call);
    const store = createDocumentStore(await createProject(c), api);

    store.getState().dispatch({ type: 'updateProject', patch: { name: 'Before the crash' } });
    await store.getState().flushSaves();
    expect(store.getState().saveState).toBe('saved');

    store.getState().dispatch({ type: 'updateProject', patch: { name: 'During the crash' } });
    launcher.children[0]?.kill();
    await store.getState().flushSaves();
    // The store reloads what the file holds once the backend is back.
    await expect.poll(() => store.getState().locked, { timeout: 10_000 }).toBeNull();
    expect(store.getState().saveState).toBe('saved');
    expect(store.getState().saveError).toMatch(
      /could not be saved: .*stopped unexpectedly and was restarted.*The map now shows what is in the project file/,
    );

    store.getState().dispatch({ type: 'updateProject', patch: { name: 'After the crash' } });
    await store.getState().flushSaves();
    expect(store.getState().saveState).toBe('saved');
    const onDisk = await api['project.load']({});
    expect(onDisk.doc.info.name).toBe('After the crash');
    expect(onDisk.revision).toBe(store.getState().revision);
  });
});
