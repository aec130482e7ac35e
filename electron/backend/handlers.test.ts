import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileState, sideFiles, tempDir, starterIds } from '../../test/unit/fixtures';
import type { ApiErrorCode } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import type { ApiResult } from '../../shared/api/schema';
import { lanesOf, stagesOf } from '../../shared/model/doc';
import { makeTouchpoint } from '../../shared/model/factories';
import { journeyFromTemplate } from '../../shared/model/templates';
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

/** The open project's document and revision. */
async function snapshot(b = backend): Promise<{ doc: ProjectDoc; revision: number }> {
  const { doc, revision } = await ok('project.load', {}, b);
  return { doc, revision };
}

const card = (doc: ProjectDoc, id: string, stage = 0, extra: Record<string, unknown> = {}) => {
  const { journeyId, stageIds, laneId } = starterIds(doc);
  return {
    type: 'addTouchpoint',
    touchpoint: {
      ...makeTouchpoint({ id, journeyId, stageId: stageIds[stage]!, laneId, title: id }),
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
    const { journeyId, stageIds, laneId } = starterIds(doc);
    const addStage = {
      type: 'addStage',
      stage: { id: 'n', journeyId, name: 'N', color: '#000000', description: '' },
      at: { index: 0 },
    };
    const newLane = { ...doc.lanes[laneId]!, id: 'n' };
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
      ['project.open', { path: '/tmp/a\u0000b.wayline' }],
      ['project.create', { path: '/tmp/a\u0000b.wayline', name: 'N' }],
      ['project.create', { path: join(projects, 'b') }],
      ['project.create', { path: join(projects, 'b'), name: '   ' }],
      ['project.create', { path: join(projects, 'b'), name: huge }],
      ['app.getState', { verbose: true }],
      ['recent.remove', { path: 5 }],
      ['dialog.pickProjectPath', { purpose: 'delete' }],
      ['dialog.pickProjectPath', { purpose: 'open', suggestedName: huge }],
      ['project.applyOps', {}],
      ['project.applyOps', { ops: [card(doc, 'e')] }],
      ['project.applyOps', { ops: [card(doc, 'e')], baseRevision: -1 }],
      ['project.applyOps', { ops: [card(doc, 'e')], baseRevision: 0.5 }],
      ['project.applyOps', { ops: [card(doc, 'e')], baseRevision: '0' }],
      ['project.applyOps', { ops: [card(doc, 'e')], baseRevision: null }],
      ['project.applyOps', { ops: [card(doc, 'e')], baseRevision: Number.NaN }],
      ['project.applyOps', { ops: [card(doc, 'e')], baseRevision: Infinity }],
      ['project.applyOps', { baseRevision: 0, ops: [] }],
      ['project.applyOps', { baseRevision: 0, ops: 'all of them' }],
      ['project.applyOps', { baseRevision: 0, ops: [card(doc, 'e', 0, { emotion: 9 })] }],
      ['project.applyOps', { baseRevision: 0, ops: [card(doc, 'e', 0, { effort: 0 })] }],
      ['project.applyOps', { baseRevision: 0, ops: [card(doc, 'e', 0, { effort: 3.5 })] }],
      ['project.applyOps', { baseRevision: 0, ops: [card(doc, 'e', 0, { title: huge })] }],
      ['project.applyOps', { baseRevision: 0, ops: [card(doc, 'bad id!')] }],
      ['project.applyOps', { baseRevision: 0, ops: [card(doc, 'e', 0, { notes: 'extra key' })] }],
      ['project.applyOps', { baseRevision: 0, ops: [{ ...card(doc, 'e'), at: { index: -1 } }] }],
      [
        'project.applyOps',
        { baseRevision: 0, ops: [{ ...card(doc, 'e'), at: { orderKey: 'zzz' } }] },
      ],
      [
        'project.applyOps',
        { baseRevision: 0, ops: [{ ...card(doc, 'e'), at: { orderKey: 'a0 ' } }] },
      ],
      [
        'project.applyOps',
        { baseRevision: 0, ops: [{ type: 'updateTouchpoint', id: 'e', patch: { emotion: 9 } }] },
      ],
      [
        'project.applyOps',
        { baseRevision: 0, ops: [{ type: 'updateTouchpoint', id: 'e', patch: { title: huge } }] },
      ],
      ['project.applyOps', { baseRevision: 0, ops: [{ type: 'dropTable', id: 'e' }] }],
      [
        'project.applyOps',
        { baseRevision: 0, ops: [{ type: 'batch', ops: [{ type: 'batch', ops: [] }] }] },
      ],
      [
        'project.applyOps',
        { baseRevision: 0, ops: [{ type: 'updateProject', patch: { name: '' } }] },
      ],
      [
        'project.applyOps',
        { baseRevision: 0, ops: Array.from({ length: 1001 }, () => card(doc, 'e')) },
      ],
      // Ops of the first model that no longer exist, and the new ops' own limits.
      ...[
        { type: 'deleteStage', id: stageIds[0] },
        { type: 'deleteTouchpoint', id: 'e' },
        { ...addStage, touchpoints: [] },
        { type: 'deleteRows', ids: { cards: ['e'] } },
        { type: 'deleteRows', ids: { stages: ['bad id!'] } },
        { type: 'deleteRows', ids: { stages: stageIds[0] } },
        { type: 'deleteRows', ids: { stages: [stageIds[0]] }, cascade: false },
        { type: 'insertRows', rows: { lanes: [{ ...newLane, collapsed: undefined }] } },
        { type: 'insertRows', rows: { lanes: [{ ...newLane, collapsed: 0 }] } },
        { type: 'insertRows', rows: { lanes: [{ ...newLane, extra: 1 }] } },
        { type: 'insertRows', rows: { lanes: [{ ...newLane, orderKey: undefined }] } },
        { type: 'insertRows', rows: { lanes: [{ ...newLane, kind: 'swimlane' }] } },
        { type: 'insertRows', rows: { widgets: [] } },
        { type: 'insertRows', rows: { lanes: newLane } },
        { type: 'updateLane', id: laneId, patch: { kind: 'emotion' } },
        { type: 'updateLane', id: laneId, patch: { collapsed: 1 } },
        { type: 'updateTouchpoint', id: 'e', patch: { tags: 'price' } },
        { type: 'updateTouchpoint', id: 'e', patch: { tags: [''] } },
        { type: 'updateTouchpoint', id: 'e', patch: { tags: ['x'.repeat(61)] } },
        {
          type: 'updateTouchpoint',
          id: 'e',
          patch: { tags: Array.from({ length: 31 }, () => 't') },
        },
        { type: 'updateTouchpoint', id: 'e', patch: { momentOfTruth: 'yes' } },
        { type: 'updateTouchpoint', id: 'e', patch: { journeyId } },
        { type: 'updateJourney', id: journeyId, patch: { personaId: 'bad id!' } },
        { type: 'updatePersona', id: 'p', patch: { color: 'blue' } },
        { type: 'updateConnection', id: 'c', patch: { kind: 'maybe' } },
        { type: 'updateConnection', id: 'c', patch: { fromId: 'x' } },
        { type: 'moveLane', id: laneId, at: { index: -1 } },
        { type: 'moveJourney', id: journeyId },
      ].map((op): [string, unknown] => ['project.applyOps', { baseRevision: 0, ops: [op] }]),
    ];
    for (const [method, args] of bad) {
      const message = await fails(method, args, 'invalid_args');
      expect(message).toMatch(/^Invalid request/);
      // The message names the problem, not the (possibly huge) input.
      expect(message.length).toBeLessThan(500);
    }
    // Nothing got through.
    expect(await snapshot()).toEqual({ doc, revision: 0 });
  });

  it('turns an op that does not fit into op_rejected and keeps the document', async () => {
    const { doc } = await ok('project.create', { path: join(projects, 'a'), name: 'A' });
    const message = await fails(
      'project.applyOps',
      {
        ops: [card(doc, 'fine'), { type: 'deleteRows', ids: { stages: ['missing'] } }],
        baseRevision: 0,
      },
      'op_rejected',
    );
    expect(message).toMatch(/missing/);
    // A refused edit is not a revision.
    expect(await snapshot()).toEqual({ doc, revision: 0 });
    expect(await ok('project.applyOps', { ops: [card(doc, 'fine')], baseRevision: 0 })).toEqual({
      revision: 1,
    });
  });

  it('answers no_project when nothing is open', async () => {
    await fails('project.load', {}, 'no_project');
    await fails(
      'project.applyOps',
      { ops: [{ type: 'updateProject', patch: { name: 'x' } }], baseRevision: 0 },
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
    expect(created.revision).toBe(0);
    const { stageIds, laneId } = starterIds(created.doc);

    const applied = await ok('project.applyOps', {
      baseRevision: created.revision,
      ops: [
        card(created.doc, 'c1', 0),
        card(created.doc, 'c2', 0),
        { type: 'updateTouchpoint', id: 'c1', patch: { emotion: -2, effort: 6, title: 'Pays' } },
        {
          type: 'batch',
          ops: [
            { type: 'moveTouchpoint', id: 'c2', stageId: stageIds[3], laneId, at: { index: 0 } },
            { type: 'deleteRows', ids: { stages: [stageIds[7]] } },
          ],
        },
      ],
    });
    // Four ops in one call are one revision.
    expect(applied).toEqual({ revision: 1 });

    const loaded = await ok('project.load', {});
    expect(loaded.path).toBe(created.path);
    expect(loaded.revision).toBe(1);
    expect(loaded.doc.touchpoints.c1).toMatchObject({ emotion: -2, effort: 6, title: 'Pays' });
    expect(loaded.doc.touchpoints.c2?.stageId).toBe(stageIds[3]);
    expect(stagesOf(loaded.doc, starterIds(loaded.doc).journeyId)).toHaveLength(7);

    expect(await ok('project.close', {})).toBeNull();
    expect((await ok('app.getState', {})).project).toBeNull();
    const reopened = await ok('project.open', { path: created.path });
    expect(reopened.doc).toEqual(loaded.doc);
    // Counting goes on from above every revision this backend handed out.
    expect(reopened.revision).toBe(2);
  });

  it('adds a journey from a template, unlinks and deletes through the API, and reopens it equal', async () => {
    const created = await ok('project.create', { path: join(projects, 'hotel'), name: 'Hotel' });
    let n = 0;
    const rows = journeyFromTemplate('hotel-example', {
      orderKey: 'a5',
      makeId: () => `h${n++}`,
    });
    const journeyId = rows.journeys![0]!.id;
    const personaId = rows.personas![0]!.id;
    const card = rows.touchpoints!.find((t) => t.momentOfTruth)!;
    let { revision } = await ok('project.applyOps', {
      ops: [{ type: 'insertRows', rows }],
      baseRevision: created.revision,
    });
    const inserted = (await snapshot()).doc;
    expect(inserted.journeys[journeyId]?.personaId).toBe(personaId);
    expect(lanesOf(inserted, journeyId).map((l) => l.kind)).toContain('emotion');
    expect(Object.keys(inserted.connections)).toHaveLength(rows.connections!.length);
    ({ revision } = await ok('project.applyOps', {
      ops: [
        { type: 'updateTouchpoint', id: card.id, patch: { tags: ['booking', 'fees'] } },
        { type: 'deleteRows', ids: { personas: [personaId], touchpoints: [card.id] } },
      ],
      baseRevision: revision,
    }));
    const { doc } = await snapshot();
    expect(doc.personas).toEqual({});
    expect(doc.journeys[journeyId]?.personaId).toBeNull();
    expect(doc.touchpoints[card.id]).toBeUndefined();
    expect(
      Object.values(doc.connections).some((c) => c.fromId === card.id || c.toId === card.id),
    ).toBe(false);
    await ok('project.close', {});
    const reopened = await ok('project.open', { path: created.path });
    expect(reopened.doc).toEqual(doc);
    // Deleting the whole journey leaves the starter journey as it was created.
    await ok('project.applyOps', {
      ops: [{ type: 'deleteRows', ids: { journeys: [journeyId] } }],
      baseRevision: reopened.revision,
    });
    expect((await snapshot()).doc).toEqual(created.doc);
    expect(revision).toBe(2);
  });

  it('round-trips a card whose id is __proto__', async () => {
    const { doc, path } = await ok('project.create', { path: join(projects, 'p'), name: 'P' });
    expect(
      await ok('project.applyOps', { ops: [card(doc, '__proto__')], baseRevision: 0 }),
    ).toEqual({ revision: 1 });
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

    expect(await ok('project.load', {})).toEqual({ path, doc, revision: 0 });
    expect((await ok('app.getState', {})).project).toEqual({ path, name: 'Mine' });
    // And it still takes edits.
    expect(await ok('project.applyOps', { ops: [card(doc, 'after')], baseRevision: 0 })).toEqual({
      revision: 1,
    });
    expect((await ok('project.load', {})).doc.touchpoints.after).toBeDefined();
    // The refused file did not make it into the recent list.
    expect((await ok('app.getState', {})).recent.map((r) => r.path)).toEqual([path]);
  });
});

describe('revisions', () => {
  it('counts one revision per applyOps call, however many ops it carries', async () => {
    const created = await ok('project.create', { path: join(projects, 'r'), name: 'R' });
    const { stageIds } = starterIds(created.doc);
    expect(created.revision).toBe(0);
    expect(await snapshot()).toEqual({ doc: created.doc, revision: 0 });
    let { revision } = await ok('project.applyOps', {
      ops: [card(created.doc, 'a')],
      baseRevision: created.revision,
    });
    expect(revision).toBe(1);
    ({ revision } = await ok('project.applyOps', {
      ops: [
        card(created.doc, 'b', 1),
        card(created.doc, 'c', 2),
        { type: 'updateTouchpoint', id: 'a', patch: { title: 'A' } },
      ],
      baseRevision: revision,
    }));
    expect(revision).toBe(2);
    ({ revision } = await ok('project.applyOps', {
      ops: [
        {
          type: 'batch',
          ops: [
            { type: 'deleteRows', ids: { touchpoints: ['b'] } },
            { type: 'updateStage', id: stageIds[0], patch: { name: 'Seen' } },
          ],
        },
      ],
      baseRevision: revision,
    }));
    expect(revision).toBe(3);
    const { doc } = await snapshot();
    expect(Object.keys(doc.touchpoints).sort()).toEqual(['a', 'c']);
    expect(await snapshot()).toEqual({ doc, revision: 3 });
  });

  it('refuses edits made on a stale revision with out_of_sync, changing nothing', async () => {
    const created = await ok('project.create', { path: join(projects, 's'), name: 'Synced' });
    const { path } = created;
    const first = await ok('project.applyOps', {
      ops: [card(created.doc, 'a')],
      baseRevision: 0,
    });
    expect(first).toEqual({ revision: 1 });
    const { doc } = await snapshot();
    // The open store locks the file; its bytes (and its WAL's) can still be compared.
    const files = () => [fileState(path), fileState(`${path}-wal`)];
    const before = files();

    // Another tab's edit, made on revision 0 (stale) or on a revision that never was.
    const stale = [
      card(created.doc, 'from-another-tab'),
      { type: 'updateProject', patch: { name: 'Clobbered' } },
    ];
    for (const baseRevision of [0, 2, 99]) {
      const message = await fails('project.applyOps', { ops: stale, baseRevision }, 'out_of_sync');
      expect(message).toMatch(/changed/);
    }
    expect(await snapshot()).toEqual({ doc, revision: 1 });
    expect((await ok('app.getState', {})).project).toEqual({ path, name: 'Synced' });
    expect(files()).toEqual(before);

    // On the current revision the same edit goes through.
    expect(await ok('project.applyOps', { ops: stale, baseRevision: 1 })).toEqual({
      revision: 2,
    });
    const after = await snapshot();
    expect(after.revision).toBe(2);
    expect(after.doc.info.name).toBe('Clobbered');
    expect(after.doc.touchpoints['from-another-tab']).toBeDefined();
    // ...and the one before it is stale now.
    await fails('project.applyOps', { ops: [card(doc, 'late')], baseRevision: 1 }, 'out_of_sync');
    expect(files()).not.toEqual(before);

    // Only the accepted edits are on disk.
    await ok('project.close', {});
    const reopened = await ok('project.open', { path });
    expect(reopened).toEqual({ path, doc: after.doc, revision: 3 });
    expect(reopened.doc.touchpoints.late).toBeUndefined();
  });

  it('never lets a revision of a project closed earlier pass in the one open now', async () => {
    const first = await ok('project.create', { path: join(projects, 'x'), name: 'X' });
    const { revision } = await ok('project.applyOps', {
      ops: [card(first.doc, 'a')],
      baseRevision: first.revision,
    });
    await ok('project.close', {});
    // A tab that still shows X sends an edit on X's last revision, now aimed at Y.
    const second = await ok('project.create', { path: join(projects, 'y'), name: 'Y' });
    expect(second.revision).toBeGreaterThan(revision);
    await fails(
      'project.applyOps',
      { ops: [{ type: 'updateProject', patch: { name: 'Renamed' } }], baseRevision: revision },
      'out_of_sync',
    );
    expect((await snapshot()).doc.info.name).toBe('Y');
    // Reopening X does not bring its old revision back either.
    await ok('project.close', {});
    const again = await ok('project.open', { path: first.path });
    expect(again.revision).toBeGreaterThan(second.revision);
    await fails(
      'project.applyOps',
      { ops: [{ type: 'updateProject', patch: { name: 'Renamed' } }], baseRevision: revision },
      'out_of_sync',
    );
  });
});

describe('a project that is already open', () => {
  it('is returned as it is when opened again, not reopened', async () => {
    const created = await ok('project.create', { path: join(projects, 'again'), name: 'Again' });
    const { path } = created;
    await ok('project.applyOps', { ops: [card(created.doc, 'a')], baseRevision: 0 });
    const store = backend.store;
    const current = await ok('project.load', {});
    expect(current.revision).toBe(1);

    expect(backend.openProject(path)).toEqual(current);
    expect(await ok('project.open', { path })).toEqual(current);
    // The same file by another spelling of its path.
    expect(
      await ok('project.open', { path: join(projects, '.', '..', 'projects', 'again.wayline') }),
    ).toEqual(current);
    expect(backend.store).toBe(store);
    expect(backend.store?.doc).toBe(current.doc);
    // It keeps its revision and keeps taking edits.
    expect(
      await ok('project.applyOps', { ops: [card(current.doc, 'b')], baseRevision: 1 }),
    ).toEqual({
      revision: 2,
    });
    expect((await ok('app.getState', {})).recent.map((r) => r.path)).toEqual([path]);
  });

  it('is refused with in_use in another backend, unchanged, until the first one closes it', async () => {
    const created = await ok('project.create', { path: join(projects, 'busy'), name: 'Busy' });
    const { path } = created;
    await ok('project.applyOps', { ops: [card(created.doc, 'a')], baseRevision: 0 });
    const files = () => [fileState(path), fileState(`${path}-wal`)];
    const before = files();

    // Another window (say) with a project of its own open.
    const other = makeBackend({ settingsDir: join(dir, 'other-settings') });
    const own = await ok('project.create', { path: join(projects, 'own'), name: 'Own' }, other);
    const message = await fails('project.open', { path }, 'in_use', other);
    expect(message).toMatch(/another Wayline window/);
    expect(() => other.openProject(path)).toThrow(/another Wayline window/);
    expect(files()).toEqual(before);
    expect(sideFiles(path)).toEqual([`${path}-wal`]);
    // The other backend keeps its own project, and did not list the refused one.
    expect(await ok('project.load', {}, other)).toEqual(own);
    expect((await ok('app.getState', {}, other)).recent.map((r) => r.path)).toEqual([own.path]);

    // The first keeps working.
    expect(
      await ok('project.applyOps', { ops: [card(created.doc, 'b')], baseRevision: 1 }),
    ).toEqual({ revision: 2 });
    const { doc } = await snapshot();
    await ok('project.close', {});
    expect(sideFiles(path)).toEqual([]);

    // Once it is closed, the other opens it.
    // The other backend handed out revision 0 for its own project, so it counts on from 1.
    expect(await ok('project.open', { path }, other)).toEqual({ path, doc, revision: 1 });
    expect(await fails('project.open', { path }, 'in_use')).toMatch(/another Wayline window/);
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
    await ok('project.applyOps', {
      ops: [{ type: 'updateProject', patch: { name: 'After' } }],
      baseRevision: 0,
    });
    expect(await name()).toBe('After');
    await ok('project.applyOps', {
      baseRevision: 1,
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
    const { stageIds } = starterIds(doc);
    const payloads: [string, string][] = [
      ['project.open', `{"path": "/x.wayline", "__proto__": {"polluted": "yes"}}`],
      ['app.getState', `{"__proto__": {"polluted": "yes"}}`],
      ['app.getState', `{"constructor": {"prototype": {"polluted": "yes"}}}`],
      [
        'project.applyOps',
        `{"baseRevision": 0, "ops": [{"type": "updateProject", "patch": {"name": "n", "__proto__": {"polluted": "yes"}}}]}`,
      ],
      [
        'project.applyOps',
        `{"baseRevision": 0, "ops": [{"type": "updateStage", "id": "${stageIds[0]}", "patch": {"constructor": {"prototype": {"polluted": "yes"}}}}]}`,
      ],
      [
        'project.applyOps',
        `{"baseRevision": 0, "ops": [{"type": "deleteRows", "ids": {"stages": ["${stageIds[0]}"]}, "__proto__": {"polluted": "yes"}}]}`,
      ],
      [
        'project.applyOps',
        `{"baseRevision": 0, "ops": [{"type": "deleteRows", "ids": {"__proto__": ["${stageIds[0]}"]}}]}`,
      ],
    ];
    for (const [method, json] of payloads) {
      await fails(method, JSON.parse(json), 'invalid_args');
      expect(polluted()).toBeUndefined();
    }
    // Own-property lookups: prototype names are not stages.
    for (const id of ['constructor', 'toString', '__proto__']) {
      await fails(
        'project.applyOps',
        { ops: [{ type: 'deleteRows', ids: { stages: [id] } }], baseRevision: 0 },
        'op_rejected',
      );
    }
    expect(polluted()).toBeUndefined();
    expect(await snapshot()).toEqual({ doc, revision: 0 });
  });
});
