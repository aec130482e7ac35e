import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileState, sideFiles, tempDir } from '../../test/unit/fixtures';
import type { ApiErrorCode } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import type { ApiResult } from '../../shared/api/schema';
import { lanesOf, stagesOf } from '../../shared/model/doc';
import type { ProjectDoc } from '../../shared/model/types';
import { dispatchApiCall } from './dispatch';
import { createBackend, type Backend, type BackendOptions } from './handlers';

let dir: string;
let projects: string;
let cleanup: () => void;
let backend: Backend;
const backends: Backend[] = [];

function makeBackend(extra: Partial<BackendOptions> = {}): Backend {
  const b = createBackend({
    mode: 'browser',
    settingsDir: join(dir, 'settings'),
    defaultDirectory: projects,
    ...extra,
  });
  backends.push(b);
  return b;
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  projects = join(dir, 'projects');
  mkdirSync(projects);
  backend = makeBackend();
});
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
  cleanup();
});

async function ok<M extends ApiMethod>(
  method: M,
  args: unknown,
  b = backend,
): Promise<ApiResult<M>> {
  const res = await dispatchApiCall(b.handlers, method, args);
  if (!res.ok) throw new Error(`${method} failed: ${res.error.code}: ${res.error.message}`);
  return res.value as ApiResult<M>;
}

async function fails(
  method: string,
  args: unknown,
  code: ApiErrorCode,
  b = backend,
): Promise<string> {
  const res = await dispatchApiCall(b.handlers, method, args);
  expect(res.ok, `${method} should fail with ${code}`).toBe(false);
  if (res.ok) return '';
  expect(res.error.code).toBe(code);
  expect(res.error.message.length).toBeGreaterThan(0);
  return res.error.message;
}

function starter(doc: ProjectDoc) {
  const journeyId = Object.keys(doc.journeys)[0]!;
  return {
    journeyId,
    stageIds: stagesOf(doc, journeyId).map((s) => s.id),
    laneId: lanesOf(doc, journeyId)[0]!.id,
  };
}

const card = (doc: ProjectDoc, id: string, stage = 0, extra: Record<string, unknown> = {}) => {
  const { journeyId, stageIds, laneId } = starter(doc);
  return {
    type: 'addTouchpoint',
    touchpoint: {
      id,
      journeyId,
      stageId: stageIds[stage],
      laneId,
      title: id,
      emotion: 0,
      effort: 4,
      ...extra,
    },
    at: { index: 0 },
  };
};

describe('dispatchApiCall', () => {
  it.each(['nope', 'project.delete', 'toString', 'constructor', '__proto__', ''])(
    'answers unknown_method for %j',
    async (method) => {
      const message = await fails(method, {}, 'unknown_method');
      expect(message).toContain(method);
    },
  );

  it('answers invalid_args for malformed arguments without throwing', async () => {
    const { doc } = await ok('project.create', { path: join(projects, 'a'), name: 'A' });
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const bad: [string, unknown][] = [
      ['project.open', {}],
      ['project.open', undefined],
      ['project.open', null],
      ['project.open', 'path.wayline'],
      ['project.open', ['path.wayline']],
      ['project.open', { path: 42 }],
      ['project.open', { path: '' }],
      ['project.open', { path: 'x'.repeat(5000) }],
      ['project.open', { path: '/x.wayline', extra: true }],
      ['project.create', { path: join(projects, 'b') }],
      ['project.create', { path: join(projects, 'b'), name: '   ' }],
      ['project.create', { path: join(projects, 'b'), name: huge }],
      ['app.getState', { verbose: true }],
      ['recent.remove', { path: 5 }],
      ['dialog.pickProjectPath', { purpose: 'delete' }],
      ['dialog.pickProjectPath', { purpose: 'open', suggestedName: huge }],
      ['project.applyOps', {}],
      ['project.applyOps', { ops: [] }],
      ['project.applyOps', { ops: 'all of them' }],
      ['project.applyOps', { ops: [card(doc, 'e', 0, { emotion: 9 })] }],
      ['project.applyOps', { ops: [card(doc, 'e', 0, { effort: 0 })] }],
      ['project.applyOps', { ops: [card(doc, 'e', 0, { effort: 3.5 })] }],
      ['project.applyOps', { ops: [card(doc, 'e', 0, { title: huge })] }],
      ['project.applyOps', { ops: [card(doc, 'bad id!')] }],
      ['project.applyOps', { ops: [card(doc, 'e', 0, { notes: 'extra key' })] }],
      ['project.applyOps', { ops: [{ ...card(doc, 'e'), at: { index: -1 } }] }],
      ['project.applyOps', { ops: [{ ...card(doc, 'e'), at: { orderKey: 'zzz' } }] }],
      ['project.applyOps', { ops: [{ ...card(doc, 'e'), at: { orderKey: 'a0 ' } }] }],
      ['project.applyOps', { ops: [{ type: 'updateTouchpoint', id: 'e', patch: { emotion: 9 } }] }],
      [
        'project.applyOps',
        { ops: [{ type: 'updateTouchpoint', id: 'e', patch: { title: huge } }] },
      ],
      ['project.applyOps', { ops: [{ type: 'dropTable', id: 'e' }] }],
      ['project.applyOps', { ops: [{ type: 'batch', ops: [{ type: 'batch', ops: [] }] }] }],
      ['project.applyOps', { ops: [{ type: 'updateProject', patch: { name: '' } }] }],
      ['project.applyOps', { ops: Array.from({ length: 1001 }, () => card(doc, 'e')) }],
    ];
    for (const [method, args] of bad) {
      const message = await fails(method, args, 'invalid_args');
      expect(message).toMatch(/^Invalid request/);
      // The message names the problem, not the (possibly huge) input.
      expect(message.length).toBeLessThan(500);
    }
    // Nothing got through.
    expect((await ok('project.load', {})).doc).toEqual(doc);
  });

  it('turns an op that does not fit into op_rejected and keeps the document', async () => {
    const { doc } = await ok('project.create', { path: join(projects, 'a'), name: 'A' });
    const message = await fails(
      'project.applyOps',
      { ops: [card(doc, 'fine'), { type: 'deleteStage', id: 'missing' }] },
      'op_rejected',
    );
    expect(message).toMatch(/missing/);
    expect((await ok('project.load', {})).doc).toEqual(doc);
  });

  it('answers no_project when nothing is open', async () => {
    await fails('project.load', {}, 'no_project');
    await fails(
      'project.applyOps',
      { ops: [{ type: 'updateProject', patch: { name: 'x' } }] },
      'no_project',
    );
    expect(await ok('project.close', {})).toBeNull();
  });
});

describe('projects through the API', () => {
  it('creates, edits and loads a project, and finds the edits after reopening', async () => {
    const created = await ok('project.create', {
      path: join(projects, 'journey'),
      name: '  Checkout  ',
    });
    // The extension is added and the name trimmed.
    expect(created.path).toBe(join(projects, 'journey.wayline'));
    expect(created.doc.info.name).toBe('Checkout');
    const { stageIds, laneId } = starter(created.doc);

    const applied = await ok('project.applyOps', {
      ops: [
        card(created.doc, 'c1', 0),
        card(created.doc, 'c2', 0),
        { type: 'updateTouchpoint', id: 'c1', patch: { emotion: -2, effort: 6, title: 'Pays' } },
        {
          type: 'batch',
          ops: [
            { type: 'moveTouchpoint', id: 'c2', stageId: stageIds[3], laneId, at: { index: 0 } },
            { type: 'deleteStage', id: stageIds[7] },
          ],
        },
      ],
    });
    expect(applied).toEqual({ applied: 4 });

    const loaded = await ok('project.load', {});
    expect(loaded.path).toBe(created.path);
    expect(loaded.doc.touchpoints.c1).toMatchObject({ emotion: -2, effort: 6, title: 'Pays' });
    expect(loaded.doc.touchpoints.c2?.stageId).toBe(stageIds[3]);
    expect(stagesOf(loaded.doc, starter(loaded.doc).journeyId)).toHaveLength(7);

    expect(await ok('project.close', {})).toBeNull();
    expect((await ok('app.getState', {})).project).toBeNull();
    const reopened = await ok('project.open', { path: created.path });
    expect(reopened.doc).toEqual(loaded.doc);
  });

  it('round-trips a card whose id is __proto__', async () => {
    const { doc, path } = await ok('project.create', { path: join(projects, 'p'), name: 'P' });
    await ok('project.applyOps', { ops: [card(doc, '__proto__')] });
    await ok('project.close', {});
    const reopened = await ok('project.open', { path });
    expect(Object.keys(reopened.doc.touchpoints)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(reopened.doc.touchpoints)).toBe(Object.prototype);
  });

  it('refuses to create over an existing file or in a missing folder', async () => {
    const existing = join(projects, 'taken.wayline');
    writeFileSync(existing, 'not mine');
    const before = fileState(existing);
    await fails('project.create', { path: existing, name: 'X' }, 'already_exists');
    await fails('project.create', { path: join(projects, 'taken'), name: 'X' }, 'already_exists');
    expect(fileState(existing)).toEqual(before);
    await fails('project.create', { path: join(dir, 'missing', 'p'), name: 'X' }, 'not_found');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('keeps the open project open when opening a foreign file fails', async () => {
    const { path, doc } = await ok('project.create', {
      path: join(projects, 'mine'),
      name: 'Mine',
    });
    const foreign = join(projects, 'foreign.wayline');
    writeFileSync(foreign, 'plain text, not SQLite');
    const before = fileState(foreign);
    await fails('project.open', { path: foreign }, 'not_wayline');
    await fails('project.open', { path: join(projects, 'absent.wayline') }, 'not_found');
    expect(fileState(foreign)).toEqual(before);
    expect(sideFiles(foreign)).toEqual([]);

    expect(await ok('project.load', {})).toEqual({ path, doc });
    expect((await ok('app.getState', {})).project).toEqual({ path, name: 'Mine' });
    // And it still takes edits.
    await ok('project.applyOps', { ops: [card(doc, 'after')] });
    expect((await ok('project.load', {})).doc.touchpoints.after).toBeDefined();
    // The refused file did not make it into the recent list.
    expect((await ok('app.getState', {})).recent.map((r) => r.path)).toEqual([path]);
  });
});

describe('recent projects', () => {
  it('lists created and opened projects, most recent first, and removes them', async () => {
    const a = await ok('project.create', { path: join(projects, 'a'), name: 'Alpha' });
    const b = await ok('project.create', { path: join(projects, 'b'), name: 'Beta' });
    const paths = async () => (await ok('app.getState', {})).recent.map((r) => r.path);
    expect(await paths()).toEqual([b.path, a.path]);

    await ok('project.open', { path: a.path });
    expect(await paths()).toEqual([a.path, b.path]);
    const state = await ok('app.getState', {});
    expect(state.recent[0]).toMatchObject({ path: a.path, name: 'Alpha' });
    expect(Date.parse(state.recent[0]!.openedAt)).not.toBeNaN();

    expect((await ok('recent.remove', { path: b.path })).map((r) => r.path)).toEqual([a.path]);
    expect(await paths()).toEqual([a.path]);
    // Removing a path that is not listed is harmless.
    expect((await ok('recent.remove', { path: '/nowhere.wayline' })).map((r) => r.path)).toEqual([
      a.path,
    ]);

    // The list is kept on disk for the next start.
    const recentFile = join(dir, 'settings', 'recent-projects.json');
    expect(JSON.parse(readFileSync(recentFile, 'utf8')).recent).toHaveLength(1);
    const later = makeBackend();
    expect((await ok('app.getState', {}, later)).recent.map((r) => r.path)).toEqual([a.path]);
  });

  it('follows a rename, also when it comes inside a batch (an undo, say)', async () => {
    const { path, doc } = await ok('project.create', { path: join(projects, 'r'), name: 'Before' });
    const name = async () =>
      (await ok('app.getState', {})).recent.find((r) => r.path === path)?.name;
    await ok('project.applyOps', { ops: [{ type: 'updateProject', patch: { name: 'After' } }] });
    expect(await name()).toBe('After');
    await ok('project.applyOps', {
      ops: [
        {
          type: 'batch',
          ops: [card(doc, 'x'), { type: 'updateProject', patch: { name: 'Batched' } }],
        },
      ],
    });
    expect((await ok('app.getState', {})).project?.name).toBe('Batched');
    expect(await name()).toBe('Batched');
  });

  it('starts afresh from an unreadable list', async () => {
    mkdirSync(join(dir, 'settings'));
    writeFileSync(join(dir, 'settings', 'recent-projects.json'), '{ not json');
    expect((await ok('app.getState', {})).recent).toEqual([]);
    const { path } = await ok('project.create', { path: join(projects, 'a'), name: 'A' });
    expect((await ok('app.getState', {})).recent.map((r) => r.path)).toEqual([path]);
  });
});

describe('app state and dialogs', () => {
  it('reports the mode and whether files can be picked', async () => {
    expect(await ok('app.getState', {})).toEqual({
      mode: 'browser',
      canPickFiles: false,
      defaultDirectory: projects,
      recent: [],
      project: null,
    });
  });

  it('answers unsupported for a file dialog without a picker', async () => {
    await fails('dialog.pickProjectPath', { purpose: 'open' }, 'unsupported');
  });

  it('passes the purpose and suggested name to the picker', async () => {
    const calls: unknown[][] = [];
    const desktop = makeBackend({
      mode: 'desktop',
      pickProjectPath: async (...args) => {
        calls.push(args);
        return args[0] === 'create' ? '/chosen.wayline' : null;
      },
    });
    expect((await ok('app.getState', {}, desktop)).canPickFiles).toBe(true);
    expect(
      await ok('dialog.pickProjectPath', { purpose: 'create', suggestedName: 'Map' }, desktop),
    ).toEqual({
      path: '/chosen.wayline',
    });
    expect(await ok('dialog.pickProjectPath', { purpose: 'open' }, desktop)).toEqual({
      path: null,
    });
    expect(calls).toEqual([
      ['create', 'Map'],
      ['open', undefined],
    ]);
  });
});

describe('prototype pollution', () => {
  const polluted = () =>
    (Object.prototype as Record<string, unknown>).polluted ??
    ({} as Record<string, unknown>).polluted;

  it('ignores __proto__ and constructor keys in arguments', async () => {
    const { doc } = await ok('project.create', { path: join(projects, 'p'), name: 'P' });
    const { stageIds } = starter(doc);
    const payloads: [string, string][] = [
      ['project.open', `{"path": "/x.wayline", "__proto__": {"polluted": "yes"}}`],
      ['app.getState', `{"__proto__": {"polluted": "yes"}}`],
      ['app.getState', `{"constructor": {"prototype": {"polluted": "yes"}}}`],
      [
        'project.applyOps',
        `{"ops": [{"type": "updateProject", "patch": {"name": "n", "__proto__": {"polluted": "yes"}}}]}`,
      ],
      [
        'project.applyOps',
        `{"ops": [{"type": "updateStage", "id": "${stageIds[0]}", "patch": {"constructor": {"prototype": {"polluted": "yes"}}}}]}`,
      ],
      [
        'project.applyOps',
        `{"ops": [{"type": "deleteStage", "id": "${stageIds[0]}", "__proto__": {"polluted": "yes"}}]}`,
      ],
    ];
    for (const [method, json] of payloads) {
      await fails(method, JSON.parse(json), 'invalid_args');
      expect(polluted()).toBeUndefined();
    }
    // Own-property lookups: prototype names are not stages.
    for (const id of ['constructor', 'toString', '__proto__']) {
      await fails('project.applyOps', { ops: [{ type: 'deleteStage', id }] }, 'op_rejected');
    }
    expect(polluted()).toBeUndefined();
    expect((await ok('project.load', {})).doc).toEqual(doc);
  });
});
