import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { connectedDoc, fileState, sideFiles, tempDir, starterIds } from '../../test/unit/fixtures';
import { recipe, rowsOf, run } from '../../test/unit/opRecipes';
import { ApiError, type ApiErrorCode } from '../../shared/api/errors';
import { refusal } from '../../test/unit/perTest';
import { cellTouchpoints, getEntity, lanesOf, stagesOf } from '../../shared/model/doc';
import {
  makeConnection,
  makeJourney,
  makePersona,
  makeTouchpoint,
} from '../../shared/model/factories';
import {
  CUSTOMER_LIFECYCLE_STAGES,
  JOURNEY_TEMPLATES,
  journeyFromTemplate,
} from '../../shared/model/templates';
import { ENTITY_TABLES, type ProjectDoc } from '../../shared/model/types';
import { applyOp } from '../../shared/ops/applyOp';
import type { Op, SingleOp } from '../../shared/ops/schema';
import { SCHEMA_VERSION } from './migrations';
import { openProjectDatabase, readProjectHeader, WAYLINE_APPLICATION_ID } from './projectFile';
import { createProjectStore, openProjectStore, type ProjectStore } from './projectStore';

let dir: string;
let cleanup: () => void;
const stores: ProjectStore[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  cleanup();
});

function create(name = 'p.wayline', title = 'Test project'): ProjectStore {
  const store = createProjectStore(join(dir, name), title, new Date('2024-05-01T10:00:00.000Z'));
  stores.push(store);
  return store;
}

function reopen(path: string): ProjectStore {
  const store = openProjectStore(path);
  stores.push(store);
  return store;
}

function close(store: ProjectStore): void {
  store.close();
  stores.splice(stores.indexOf(store), 1);
}

/** Closes a store and opens its file again: what the next session finds. */
function closeAndReopen(store: ProjectStore): ProjectStore {
  close(store);
  return reopen(store.path);
}

function addCard(doc: ProjectDoc, id: string, stageIndex: number, index = 999): Op {
  const { journeyId, stageIds, laneId } = starterIds(doc);
  return {
    type: 'addTouchpoint',
    touchpoint: makeTouchpoint({
      id,
      journeyId,
      stageId: stageIds[stageIndex]!,
      laneId,
      title: `Card ${id}`,
    }),
    at: { index },
  };
}

/** One addTouchpoint op per card, by id: the index of the starter stage it goes to. */
const addCards = (doc: ProjectDoc, stageIndexById: Record<string, number>): Op[] =>
  Object.entries(stageIndexById).map(([id, stageIndex]) => addCard(doc, id, stageIndex));

/** A new project with these cards added in one apply (by id: the starter stage's index). */
function createWithCards(stageIndexById: Record<string, number>): ProjectStore {
  const store = create();
  store.apply(addCards(store.doc, stageIndexById));
  return store;
}

const deleteCard = (id: string): SingleOp => ({ type: 'deleteRows', ids: { touchpoints: [id] } });

let copies = 0;

/**
 * A copy of the file and its WAL as they are on disk right now: what a crash at this moment
 * would leave behind. An open store holds an exclusive lock, so no other connection can read
 * the file itself; a copy shows every committed edit all the same.
 */
function onDisk(path: string): string {
  const copy = join(dir, `on-disk-${++copies}.sqlite`);
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return copy;
}

/** Every row of every table on disk, read through a separate raw connection (to a copy). */
function dumpRows(path: string): Record<string, unknown[]> {
  const db = new Database(onDisk(path), { fileMustExist: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const t of ['meta', ...ENTITY_TABLES]) {
      out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all();
    }
    return out;
  } finally {
    db.close();
  }
}

/** Opening `path` is refused with `code`, and the file and its folder are left exactly as they were. */
function expectRefusedUntouched(path: string, code: ApiErrorCode | ApiErrorCode[]): ApiError {
  const before = fileState(path);
  const err = refusal(() => openProjectStore(path));
  expect([code].flat()).toContain(err.code);
  expect(err.message).toMatch(/not changed/);
  expect(fileState(path)).toEqual(before);
  expect(sideFiles(path)).toEqual([]);
  return err;
}

describe('creating a project', () => {
  it('writes a Wayline file with the lifecycle starter journey', () => {
    const store = create('new.wayline', 'Onboarding');
    const path = store.path;

    const doc = store.doc;
    expect(doc.info).toEqual({ name: 'Onboarding', createdAt: '2024-05-01T10:00:00.000Z' });
    expect(Object.keys(doc.journeys)).toHaveLength(1);
    const { journeyId } = starterIds(doc);
    expect(stagesOf(doc, journeyId).map((s) => s.name)).toEqual([...CUSTOMER_LIFECYCLE_STAGES]);
    expect(lanesOf(doc, journeyId).map((l) => [l.kind, l.name])).toEqual([
      ['actions', 'Customer actions'],
      ['touchpoints', 'Touchpoints'],
      ['thoughts', 'Thoughts and feelings'],
      ['emotion', 'Emotion curve'],
      ['painPoints', 'Pain points'],
      ['opportunities', 'Opportunities'],
    ]);
    expect(doc.journeys[journeyId]).toMatchObject({ personaId: null, currentJourneyId: null });
    expect(doc.touchpoints).toEqual({});
    expect(doc.personas).toEqual({});
    expect(doc.connections).toEqual({});
    close(store);

    // Closing checkpoints the WAL, so the plain file header is up to date.
    expect(readProjectHeader(path)).toEqual({
      applicationId: 0x5741594c,
      userVersion: SCHEMA_VERSION,
    });
    expect(WAYLINE_APPLICATION_ID).toBe(0x5741594c);
    // WAL is recorded in the file header (bytes 18 and 19 are 2)...
    const header = readFileSync(path).subarray(0, 100);
    expect([header[18], header[19]]).toEqual([2, 2]);
    // ...and SQLite agrees.
    const db = new Database(path, { fileMustExist: true });
    expect(db.pragma('application_id', { simple: true })).toBe(WAYLINE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(sideFiles(path)).toEqual([]);
    expect(reopen(path).doc).toEqual(doc);
  });

  it('refuses a path that exists, leaving the file unchanged', () => {
    const existing = create('taken.wayline');
    const path = existing.path;
    close(existing);
    const text = join(dir, 'notes.wayline');
    writeFileSync(text, 'my notes');
    for (const p of [path, text]) {
      const before = fileState(p);
      const err = refusal(() => createProjectStore(p, 'Again'));
      expect(err.code).toBe('already_exists');
      expect(fileState(p)).toEqual(before);
      expect(sideFiles(p)).toEqual([]);
    }
  });
});

describe('editing a project', () => {
  it('saves every edit so a reopened project equals the one in memory', () => {
    const store = createWithCards({ a1: 0, a2: 0, b1: 1 });
    const { stageIds, laneId } = starterIds(store.doc);
    store.apply([
      {
        type: 'updateTouchpoint',
        id: 'a1',
        patch: { emotion: -2, effort: 7, title: 'Sees an ad “twice” 🙂' },
      },
      { type: 'updateTouchpoint', id: 'b1', patch: { emotion: 2 } },
    ]);
    store.apply([
      { type: 'moveTouchpoint', id: 'a2', stageId: stageIds[1]!, laneId, at: { index: 0 } },
    ]);
    store.apply([
      {
        type: 'batch',
        ops: [
          { type: 'moveStage', id: stageIds[7]!, at: { index: 0 } },
          { type: 'updateStage', id: stageIds[3]!, patch: { name: 'Trial', color: '#000000' } },
        ],
      },
    ]);
    store.apply([{ type: 'deleteRows', ids: { stages: [stageIds[0]!] } }]);
    store.apply([{ type: 'updateProject', patch: { name: 'Renamed' } }]);

    const doc = store.doc;
    expect(doc.touchpoints.a1).toBeUndefined();
    expect(cellTouchpoints(doc, stageIds[1]!, laneId).map((t) => t.id)).toEqual(['a2', 'b1']);
    expect(doc.touchpoints.b1?.emotion).toBe(2);
    expect(stagesOf(doc, starterIds(doc).journeyId)[0]?.name).toBe('Advocacy');

    const path = store.path;
    close(store);
    expect(sideFiles(path)).toEqual([]);
    expect(reopen(path).doc).toEqual(doc);
  });

  it('undoes a stage delete on disk too, cards and connections included', () => {
    const store = createWithCards({ x: 2, y: 2, z: 3 });
    const { journeyId, stageIds } = starterIds(store.doc);
    store.apply([
      {
        type: 'insertRows',
        rows: {
          connections: [
            makeConnection({ id: 'xy', journeyId, fromId: 'x', toId: 'y' }),
            makeConnection({ id: 'yz', journeyId, fromId: 'y', toId: 'z', kind: 'failure' }),
          ],
        },
      },
    ]);
    const before = store.doc;
    store.apply([{ type: 'deleteRows', ids: { stages: [stageIds[2]!] } }]);
    expect((dumpRows(store.path).touchpoints as { id: string }[]).map((t) => t.id)).toEqual(['z']);
    expect(dumpRows(store.path).connections).toEqual([]);
    // The inverse the renderer would send: the whole rows back.
    const { inverse } = applyOp(before, { type: 'deleteRows', ids: { stages: [stageIds[2]!] } });
    expect(inverse).toEqual({
      type: 'insertRows',
      rows: {
        stages: [before.stages[stageIds[2]!]],
        touchpoints: [before.touchpoints.x, before.touchpoints.y],
        connections: [before.connections.xy, before.connections.yz],
      },
    });
    store.apply([inverse]);
    expect(store.doc).toEqual(before);
    expect(closeAndReopen(store).doc).toEqual(before);
  });

  it.each(['__proto__', 'constructor', 'toString'])('round-trips a row whose id is %s', (id) => {
    const store = create();
    store.apply([addCard(store.doc, id, 0)]);
    expect(Object.hasOwn(store.doc.touchpoints, id)).toBe(true);
    const doc = store.doc;
    const again = closeAndReopen(store);
    expect(Object.getPrototypeOf(again.doc.touchpoints)).toBe(Object.prototype);
    expect(Object.hasOwn(again.doc.touchpoints, id)).toBe(true);
    expect(again.doc).toEqual(doc);
  });

  it('refuses an op that does not fit, changing nothing in memory or on disk', () => {
    const store = createWithCards({ a: 0 });
    const doc = store.doc;
    const rows = dumpRows(store.path);
    const badBatch: Op = {
      type: 'batch',
      ops: [
        { type: 'updateTouchpoint', id: 'a', patch: { title: 'changed' } },
        {
          type: 'moveTouchpoint',
          id: 'a',
          stageId: 'missing',
          laneId: starterIds(doc).laneId,
          at: { index: 0 },
        },
      ],
    };
    for (const ops of [[badBatch], [deleteCard('a'), deleteCard('a')]]) {
      const err = refusal(() => store.apply(ops));
      expect(err.code).toBe('op_rejected');
      expect(store.doc).toBe(doc);
      expect(dumpRows(store.path)).toEqual(rows);
    }
    expect(closeAndReopen(store).doc).toEqual(doc);
  });

  it('says a full disk refused an edit, keeps the document as it was, and edits on once there is room', () => {
    const first = create();
    const path = first.path;
    close(first);
    let connection: Database.Database | undefined;
    const store = openProjectStore(path, { onConnection: (db) => (connection = db) });
    stores.push(store);
    // The file may not grow past its size now: as a full disk would refuse it.
    connection!.pragma(`max_page_count = ${connection!.pragma('page_count', { simple: true })}`);
    const bigCard = (): Op => {
      const op = addCard(store.doc, 'big', 0) as Extract<Op, { type: 'addTouchpoint' }>;
      return { ...op, touchpoint: { ...op.touchpoint, description: 'x'.repeat(19_000) } };
    };
    const doc = store.doc;
    const rows = dumpRows(path);
    let err: unknown;
    try {
      store.apply([bigCard()]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('io');
    expect((err as ApiError).message).toMatch(/^The disk is full, so this edit was not saved/);
    expect(store.doc).toBe(doc);
    expect(dumpRows(path)).toEqual(rows);
    connection!.pragma('max_page_count = 1000000');
    store.apply([bigCard()]);
    expect(dumpRows(path).touchpoints!.map((t) => (t as { id: string }).id)).toContain('big');
  });

  it('rolls back every row of an apply when SQLite refuses one of them', () => {
    const first = create();
    first.apply([addCard(first.doc, 'a', 0)]);
    const path = first.path;
    close(first);
    // A file's own triggers are refused, so this one lives on the store's connection only.
    const store = openProjectStore(path, {
      onConnection: (db) =>
        db.exec(
          "CREATE TEMP TRIGGER no_boom BEFORE INSERT ON main.touchpoints WHEN NEW.id = 'boom' BEGIN SELECT RAISE(ABORT, 'boom refused'); END;",
        ),
    });
    stores.push(store);
    const doc = store.doc;
    const rows = dumpRows(store.path);
    expect(() =>
      store.apply([
        { type: 'updateTouchpoint', id: 'a', patch: { title: 'changed' } },
        addCard(store.doc, 'boom', 1),
      ]),
    ).toThrow(/boom refused/);
    expect(store.doc).toBe(doc);
    expect(store.revision).toBe(0);
    expect(dumpRows(store.path)).toEqual(rows);
    // The store is still usable afterwards.
    store.apply([{ type: 'updateTouchpoint', id: 'a', patch: { title: 'fine' } }]);
    expect(store.revision).toBe(1);
    expect(dumpRows(store.path).touchpoints).toMatchObject([{ id: 'a', title: 'fine' }]);
  });

  it('writes only the rows an edit touched', () => {
    const store = create();
    const path = store.path;
    const { stageIds, laneId } = starterIds(store.doc);
    store.apply(Array.from({ length: 120 }, (_, i) => addCard(store.doc, `t${i}`, i % 8)));
    close(store);

    // Log every row write with TEMP triggers on the store's own connection (a file's own
    // triggers are refused); each call returns only the entries logged since the previous one.
    const triggers = ['meta', ...ENTITY_TABLES].flatMap((t) => {
      const key = t === 'meta' ? 'key' : 'id';
      return [
        `CREATE TEMP TRIGGER log_${t}_i AFTER INSERT ON main.${t} BEGIN INSERT INTO change_log VALUES ('${t}', 'insert', NEW.${key}); END;`,
        `CREATE TEMP TRIGGER log_${t}_u AFTER UPDATE ON main.${t} BEGIN INSERT INTO change_log VALUES ('${t}', 'update', NEW.${key}); END;`,
        `CREATE TEMP TRIGGER log_${t}_d AFTER DELETE ON main.${t} BEGIN INSERT INTO change_log VALUES ('${t}', 'delete', OLD.${key}); END;`,
      ];
    });
    let connection: Database.Database | undefined;
    const again = openProjectStore(path, {
      onConnection: (db) => {
        connection = db;
        db.exec(
          `CREATE TEMP TABLE change_log (tbl TEXT, op TEXT, id TEXT); ${triggers.join('\n')}`,
        );
      },
    });
    stores.push(again);
    let seen = 0;
    const log = (): string[] => {
      const rows = connection!
        .prepare(
          "SELECT rowid AS n, tbl || ' ' || op || ' ' || id AS line FROM temp.change_log WHERE rowid > ? ORDER BY rowid",
        )
        .all(seen) as { n: number; line: string }[];
      seen = rows.at(-1)?.n ?? seen;
      return rows.map((r) => r.line);
    };

    const before = dumpRows(path);
    again.apply([{ type: 'updateTouchpoint', id: 't50', patch: { title: 'Only me' } }]);
    expect(log()).toEqual(['touchpoints update t50']);
    const after = dumpRows(path);
    const differs = (after.touchpoints as { id: string }[]).filter(
      (row, i) => JSON.stringify(row) !== JSON.stringify(before.touchpoints![i]),
    );
    expect(differs.map((r) => r.id)).toEqual(['t50']);
    expect({ ...after, touchpoints: [] }).toEqual({ ...before, touchpoints: [] });

    again.apply([
      { type: 'moveTouchpoint', id: 't3', stageId: stageIds[0]!, laneId, at: { index: 0 } },
    ]);
    expect(log()).toEqual(['touchpoints update t3']);
    again.apply([addCard(again.doc, 'new', 4, 0)]);
    expect(log()).toEqual(['touchpoints insert new']);
    again.apply([{ type: 'updateProject', patch: { name: 'New name' } }]);
    expect(log()).toEqual(['meta update name']);
    again.apply([{ type: 'moveStage', id: stageIds[5]!, at: { index: 0 } }]);
    expect(log()).toEqual([`stages update ${stageIds[5]}`]);
    // Deleting a stage deletes its cards first, then the stage: nothing else.
    const inStage6 = Object.values(again.doc.touchpoints).filter((t) => t.stageId === stageIds[6]);
    expect(inStage6.length).toBeGreaterThan(0);
    again.apply([{ type: 'deleteRows', ids: { stages: [stageIds[6]!] } }]);
    expect(log().sort()).toEqual(
      [...inStage6.map((t) => `touchpoints delete ${t.id}`), `stages delete ${stageIds[6]}`].sort(),
    );

    // The rows of version 2: lanes, tags, personas, connections and the links between them.
    const { journeyId } = starterIds(again.doc);
    again.apply([{ type: 'updateLane', id: laneId, patch: { collapsed: true } }]);
    expect(log()).toEqual([`lanes update ${laneId}`]);
    again.apply([{ type: 'moveLane', id: laneId, at: { index: 3 } }]);
    expect(log()).toEqual([`lanes update ${laneId}`]);
    again.apply([{ type: 'updateTouchpoint', id: 't50', patch: { tags: ['a', 'b'] } }]);
    expect(log()).toEqual(['touchpoints update t50']);
    again.apply([{ type: 'updateTouchpoint', id: 't50', patch: { tags: ['a', 'b'] } }]);
    expect(log()).toEqual([]);
    again.apply([
      {
        type: 'insertRows',
        rows: {
          personas: [makePersona({ id: 'p', name: 'P', color: '#000000', orderKey: 'a0' })],
          connections: [makeConnection({ id: 'c', journeyId, fromId: 't1', toId: 't2' })],
        },
      },
      { type: 'updateJourney', id: journeyId, patch: { personaId: 'p' } },
    ]);
    expect(log()).toEqual([
      'personas insert p',
      `journeys update ${journeyId}`,
      'connections insert c',
    ]);
    // Children before parents on delete, and a cleared link is written before its row goes.
    again.apply([deleteCard('t1')]);
    expect(log()).toEqual(['connections delete c', 'touchpoints delete t1']);
    again.apply([{ type: 'deleteRows', ids: { personas: ['p'] } }]);
    expect(log()).toEqual([`journeys update ${journeyId}`, 'personas delete p']);
    expect(again.doc.journeys[journeyId]?.personaId).toBeNull();
  });
});

describe('version 2 rows through the store', () => {
  it.each(JOURNEY_TEMPLATES.map((t) => t.id))(
    'creates the %s journey with one insertRows, and reopens it equal',
    (templateId) => {
      const store = create(`${templateId}.wayline`);
      let n = 0;
      const rows = journeyFromTemplate(templateId, {
        orderKey: 'a1',
        makeId: () => `${templateId}-${n++}`,
      });
      const start = store.doc;
      store.apply([{ type: 'insertRows', rows }]);
      const doc = store.doc;
      for (const table of ENTITY_TABLES)
        for (const row of rows[table] ?? []) expect(getEntity(doc, table, row.id)).toEqual(row);
      const path = store.path;
      const again = closeAndReopen(store);
      expect(again.doc).toEqual(doc);
      // Deleting the journey (and its persona) takes every row with it, on disk too.
      const journeyId = rows.journeys![0]!.id;
      const ids = { journeys: [journeyId], personas: (rows.personas ?? []).map((p) => p.id) };
      const { inverse } = applyOp(again.doc, { type: 'deleteRows', ids });
      again.apply([{ type: 'deleteRows', ids }]);
      expect(again.doc).toEqual(start);
      close(again);
      const emptied = reopen(path);
      expect(emptied.doc).toEqual(start);
      // And its undo brings all of it back.
      emptied.apply([inverse]);
      expect(emptied.doc).toEqual(doc);
      expect(closeAndReopen(emptied).doc).toEqual(doc);
    },
  );

  it('writes journeys that refer to each other, in any order and in a cycle', () => {
    const store = create();
    const future = (id: string, orderKey: string, currentJourneyId: string | null) =>
      makeJourney({ id, name: id, orderKey, state: 'future', currentJourneyId });
    // The first row refers to the second: the file checks the link at commit.
    store.apply([
      {
        type: 'insertRows',
        rows: { journeys: [future('ja', 'a1', 'jb'), future('jb', 'a2', null)] },
      },
    ]);
    store.apply([{ type: 'updateJourney', id: 'jb', patch: { currentJourneyId: 'ja' } }]);
    const linked = store.doc;
    const del: Op = { type: 'deleteRows', ids: { journeys: ['ja', 'jb'] } };
    const { inverse } = applyOp(linked, del);
    store.apply([del]);
    expect(store.doc.journeys.ja).toBeUndefined();
    store.apply([inverse]);
    expect(store.doc).toEqual(linked);
    // Deleting one clears the other's link to it, and the undo restores both.
    const one: Op = { type: 'deleteRows', ids: { journeys: ['ja'] } };
    const undoOne = applyOp(store.doc, one).inverse;
    store.apply([one]);
    expect(store.doc.journeys.jb?.currentJourneyId).toBeNull();
    const again = closeAndReopen(store);
    expect(again.doc.journeys.jb?.currentJourneyId).toBeNull();
    again.apply([undoOne]);
    expect(again.doc).toEqual(linked);
    expect(closeAndReopen(again).doc).toEqual(linked);
  });

  it('refuses a link the file cannot hold, changing nothing', () => {
    const store = createWithCards({ a: 0 });
    const doc = store.doc;
    const rows = dumpRows(store.path);
    const { journeyId, stageIds, laneId } = starterIds(doc);
    for (const op of [
      { type: 'updateJourney', id: journeyId, patch: { personaId: 'ghost' } },
      { type: 'updateJourney', id: journeyId, patch: { currentJourneyId: journeyId } },
      {
        type: 'insertRows',
        rows: { connections: [makeConnection({ id: 'k', journeyId, fromId: 'a', toId: 'a' })] },
      },
      {
        type: 'insertRows',
        rows: {
          touchpoints: [
            {
              ...makeTouchpoint({ id: 'b', journeyId, stageId: stageIds[0]!, laneId, title: '' }),
              orderKey: 'a0',
              laneId: lanesOf(doc, journeyId).find((l) => l.kind === 'emotion')!.id,
            },
          ],
        },
      },
    ] as Op[]) {
      expect(refusal(() => store.apply([op])).code).toBe('op_rejected');
      expect(store.doc).toBe(doc);
      expect(dumpRows(store.path)).toEqual(rows);
    }
  });

  it('keeps random edits of every kind: reopened equals in memory, and undoing all of them equals the start', () => {
    let files = 0;
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: 20 }), (rs) => {
        const store = create(`random-${files++}.wayline`);
        store.apply([{ type: 'insertRows', rows: rowsOf(connectedDoc()) }]);
        const start = store.doc;
        const steps = run(start, rs);
        for (const step of steps) {
          store.apply([step.op]);
          expect(store.doc).toEqual(step.after);
        }
        const end = store.doc;
        const again = closeAndReopen(store);
        expect(again.doc).toEqual(end);
        for (const step of [...steps].reverse()) again.apply([step.inverse]);
        expect(again.doc).toEqual(start);
        expect(closeAndReopen(again).doc).toEqual(start);
        close(stores.at(-1)!);
      }),
      { numRuns: 40 },
    );
  });
});

describe('revisions', () => {
  it('start at 0 and count one per apply, a batch of several ops being one', () => {
    const store = create();
    const { stageIds } = starterIds(store.doc);
    expect(store.revision).toBe(0);
    store.apply([addCard(store.doc, 'a', 0)]);
    expect(store.revision).toBe(1);
    // Three ops in one call, and a batch op: one revision each call.
    store.apply([
      ...addCards(store.doc, { b: 1, c: 1 }),
      { type: 'updateTouchpoint', id: 'a', patch: { title: 'Renamed' } },
    ]);
    expect(store.revision).toBe(2);
    store.apply([
      {
        type: 'batch',
        ops: [deleteCard('b'), { type: 'updateStage', id: stageIds[1]!, patch: { name: 'Trial' } }],
      },
    ]);
    expect(store.revision).toBe(3);
    // A refused apply is not a revision.
    const doc = store.doc;
    expect(refusal(() => store.apply([deleteCard('b')])).code).toBe('op_rejected');
    expect(store.doc).toBe(doc);
    expect(store.revision).toBe(3);
    store.apply([deleteCard('c')]);
    expect(store.revision).toBe(4);
    // A reopened store starts counting again.
    const path = store.path;
    const last = store.doc;
    close(store);
    const again = reopen(path);
    expect(again.revision).toBe(0);
    expect(again.doc).toEqual(last);
  });

  it('writes nothing for an update that sets the values already there', () => {
    const store = create();
    const { journeyId, stageIds, laneId } = starterIds(store.doc);
    store.apply([addCard(store.doc, 'a', 0)]);
    store.apply([{ type: 'updateTouchpoint', id: 'a', patch: { tags: ['x', 'y'] } }]);
    const doc = store.doc;
    const path = store.path;
    const before = [fileState(path), fileState(`${path}-wal`)];
    const rows = dumpRows(path);
    const stage = doc.stages[stageIds[0]!]!;
    const card = doc.touchpoints.a!;
    store.apply([
      { type: 'updateTouchpoint', id: 'a', patch: { title: card.title, emotion: card.emotion } },
      // An equal list of tags (not the same array) is no change either.
      { type: 'updateTouchpoint', id: 'a', patch: { tags: ['x', 'y'], momentOfTruth: false } },
      { type: 'updateStage', id: stage.id, patch: { name: stage.name, color: stage.color } },
      { type: 'updateLane', id: laneId, patch: { collapsed: false, hidden: false } },
      {
        type: 'updateJourney',
        id: journeyId,
        patch: { name: doc.journeys[journeyId]!.name, personaId: null },
      },
    ]);
    // The same document object, and not a byte written.
    expect(store.doc).toBe(doc);
    expect([fileState(path), fileState(`${path}-wal`)]).toEqual(before);
    expect(dumpRows(path)).toEqual(rows);
    // It was still a successful apply.
    expect(store.revision).toBe(3);
  });
});

describe('a project open in another store', () => {
  it('is refused with in_use, unchanged, and opens fine once the first store closes', () => {
    const store = create('shared.wayline');
    store.apply([addCard(store.doc, 'a', 0)]);
    const path = store.path;
    const before = fileState(path);
    const walBefore = fileState(`${path}-wal`);
    expect(sideFiles(path)).toEqual([`${path}-wal`]);

    // Not even a read-only connection gets in while the store is open.
    const raw = new Database(path, { readonly: true, fileMustExist: true, timeout: 0 });
    expect(() => raw.pragma('user_version')).toThrow(/locked|busy/i);
    raw.close();

    const started = Date.now();
    const err = refusal(() => openProjectStore(path));
    expect(err.code).toBe('in_use');
    expect(err.message).toMatch(/open in another Wayline window/);
    // A short lock wait, not SQLite's default of 5 s.
    expect(Date.now() - started).toBeLessThan(2500);
    expect(fileState(path)).toEqual(before);
    expect(fileState(`${path}-wal`)).toEqual(walBefore);
    expect(sideFiles(path)).toEqual([`${path}-wal`]);
    // Creating over it is refused too, before anything is touched.
    expect(refusal(() => createProjectStore(path, 'Again')).code).toBe('already_exists');
    expect(fileState(path)).toEqual(before);

    // The first store keeps working, and its edits reach the disk.
    store.apply([addCard(store.doc, 'b', 1)]);
    expect(store.revision).toBe(2);
    expect((dumpRows(path).touchpoints as { id: string }[]).map((t) => t.id)).toEqual(['a', 'b']);
    const doc = store.doc;
    close(store);
    expect(sideFiles(path)).toEqual([]);

    const again = reopen(path);
    expect(again.doc).toEqual(doc);
    expect(again.revision).toBe(0);
    again.apply([deleteCard('a')]);
    expect(again.doc.touchpoints.a).toBeUndefined();
  });
});

describe('refusing files it must not open', () => {
  it('refuses a missing file and a folder', () => {
    expect(refusal(() => openProjectStore(join(dir, 'missing.wayline'))).code).toBe('not_found');
    const folder = join(dir, 'folder.wayline');
    mkdirSync(folder);
    expect(refusal(() => openProjectStore(folder)).code).toBe('not_wayline');
  });

  it('refuses a text file renamed .wayline', () => {
    const path = join(dir, 'text.wayline');
    writeFileSync(path, 'Just some notes about the journey.\n'.repeat(20));
    expectRefusedUntouched(path, 'not_wayline');
  });

  it('refuses an empty file', () => {
    const path = join(dir, 'empty.wayline');
    writeFileSync(path, '');
    expect(expectRefusedUntouched(path, 'not_wayline').message).toMatch(
      /^This file is empty \(0 bytes\), so there is no project in it/,
    );
  });

  it('refuses a random binary file', () => {
    const path = join(dir, 'random.wayline');
    writeFileSync(path, randomBytes(16384));
    expectRefusedUntouched(path, 'not_wayline');
  });

  /** A SQLite file made by `setup`, in the test folder. */
  function sqliteFile(name: string, setup: (db: Database.Database) => void): string {
    const path = join(dir, name);
    const db = new Database(path);
    setup(db);
    db.close();
    return path;
  }

  it('refuses a SQLite database from another program', () => {
    const path = sqliteFile('other.wayline', (db) =>
      db.exec(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');",
      ),
    );
    const err = expectRefusedUntouched(path, 'not_wayline');
    expect(err.message).toMatch(/another program/);
  });

  it('refuses a project made by a newer Wayline', () => {
    const path = sqliteFile('newer.wayline', (db) => {
      db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.exec('CREATE TABLE future_things (id TEXT PRIMARY KEY);');
    });
    const err = expectRefusedUntouched(path, 'newer_version');
    expect(err.message).toMatch(/newer version/);
  });

  it('refuses a newer project whose version is still only in its WAL (a crash before checkpoint)', () => {
    const live = join(dir, 'live.wayline');
    const db = new Database(live);
    db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    // Copy the file and its WAL while the writer is still open: what a crash leaves behind.
    const path = join(dir, 'crashed.wayline');
    copyFileSync(live, path);
    copyFileSync(`${live}-wal`, `${path}-wal`);
    db.close();
    expect(readProjectHeader(path).userVersion).toBe(0);
    const before = fileState(path);
    const walBefore = fileState(`${path}-wal`);
    const err = refusal(() => openProjectStore(path));
    expect(err.code).toBe('newer_version');
    expect(err.message).toMatch(/not changed/);
    // Byte for byte: neither the file nor its WAL changed, and no -shm appeared: the look
    // reads a private copy.
    expect(fileState(path)).toEqual(before);
    expect(fileState(`${path}-wal`)).toEqual(walBefore);
    expect(sideFiles(path)).toEqual([`${path}-wal`]);
    // SQLite still finds the newer version in the WAL: nothing was folded or dropped.
    const check = new Database(path, { fileMustExist: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(check.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBe(0);
    check.close();
  });

  /** The columns of version 1: the ones added later take their defaults. */
  const INSERT_CARD =
    'INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, order_key, title, emotion, effort)';
  /** A card 'c' with the given moment-of-truth flag and tags column, written as they are. */
  const richCard = (momentOfTruth: number, tags: string) =>
    `INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, order_key, title, emotion, effort, moment_of_truth, tags) VALUES ('c', $j, $s, $l, 'a0', 'T', 0, 4, ${momentOfTruth}, '${tags}')`;

  /** A closed project with enough cards to fill several pages. */
  function projectWithData(): string {
    const store = create('data.wayline');
    store.apply(Array.from({ length: 300 }, (_, i) => addCard(store.doc, `t${i}`, i % 8)));
    const path = store.path;
    close(store);
    return path;
  }

  function overwrite(path: string, offset: number, bytes: Buffer): void {
    const fd = openSync(path, 'r+');
    try {
      writeSync(fd, bytes, 0, bytes.length, offset);
    } finally {
      closeSync(fd);
    }
  }

  /** A leaf page of the touchpoints table that is mostly full: garbage there hits real cells. */
  function fullTouchpointPage(path: string): { page: number; size: number } {
    const db = new Database(path, { fileMustExist: true });
    const size = db.pragma('page_size', { simple: true }) as number;
    const page = db
      .prepare(
        "SELECT pageno FROM dbstat WHERE name = 'touchpoints' AND pagetype = 'leaf' ORDER BY unused, pageno LIMIT 1",
      )
      .pluck()
      .get() as number;
    db.close();
    return { page, size };
  }

  it('refuses a project with garbage in the middle of a data page', () => {
    const path = projectWithData();
    const { page, size } = fullTouchpointPage(path);
    expect(page).toBeGreaterThan(2);
    // Fixed pseudo-random garbage, so the test is reproducible.
    const garbage = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 167 + 13) & 0xff));
    overwrite(path, (page - 1) * size + size / 2 - 128, garbage);
    expectRefusedUntouched(path, 'corrupt');
  });

  it('refuses a project whose page 3 is garbage', () => {
    const path = projectWithData();
    overwrite(path, 2 * 4096, Buffer.alloc(4096, 0xa5));
    expectRefusedUntouched(path, 'corrupt');
  });

  it('refuses a project whose file header is damaged', () => {
    const path = projectWithData();
    overwrite(path, 0, Buffer.from('garbage garbage garbage'));
    expectRefusedUntouched(path, ['not_wayline', 'corrupt']);
  });

  it.each([
    ['a malformed id', `${INSERT_CARD} VALUES ('bad id!', $j, $s, $l, 'a0', 'T', 0, 4)`],
    [
      'an over-long title',
      `${INSERT_CARD} VALUES ('long', $j, $s, $l, 'a0', printf('%.600c', 'x'), 0, 4)`,
    ],
    ['a malformed colour', "UPDATE stages SET color = 'red' WHERE id = $s"],
    ['an invalid order key', "UPDATE stages SET order_key = 'hello' WHERE id = $s"],
    ['an unknown journey state', "UPDATE journeys SET state = 'past' WHERE id = $j"],
    [
      'a touchpoint in a stage that does not exist',
      `${INSERT_CARD} VALUES ('orphan', $j, 'no-such-stage', $l, 'a0', 'T', 0, 4)`,
    ],
    // Version 2's columns: flags are 0 or 1, tags a JSON list of short strings.
    ['a lane with collapsed = 2', 'UPDATE lanes SET collapsed = 2 WHERE id = $l'],
    ['a lane with hidden = -1', 'UPDATE lanes SET hidden = -1 WHERE id = $l'],
    ['a lane of an unknown kind', "UPDATE lanes SET kind = 'swimlane' WHERE id = $l"],
    ["tags = 'not json'", richCard(0, 'not json')],
    ['tags that are a JSON object', richCard(0, '{"a":1}')],
    ['tags that are numbers', richCard(0, '[1, 2]')],
    ['an empty tag', richCard(0, '[""]')],
    ['a moment of truth of 5', richCard(5, '[]')],
    [
      'a persona with a malformed colour',
      "INSERT INTO personas (id, name, color, order_key) VALUES ('p', 'P', 'blue', 'a0')",
    ],
    [
      'a journey for a persona that does not exist',
      "UPDATE journeys SET persona_id = 'ghost' WHERE id = $j",
    ],
    [
      'a journey improving on one that does not exist',
      "UPDATE journeys SET current_journey_id = 'ghost' WHERE id = $j",
    ],
    [
      'a connection from a card that does not exist',
      [
        `${INSERT_CARD} VALUES ('c', $j, $s, $l, 'a0', 'T', 0, 4)`,
        "INSERT INTO connections (id, journey_id, from_id, to_id, kind) VALUES ('k', $j, 'ghost', 'c', 'path')",
      ],
    ],
    [
      'a connection of an unknown kind',
      [
        `${INSERT_CARD} VALUES ('c', $j, $s, $l, 'a0', 'T', 0, 4)`,
        `${INSERT_CARD} VALUES ('d', $j, $s, $l, 'a1', 'T', 0, 4)`,
        "INSERT INTO connections (id, journey_id, from_id, to_id, kind) VALUES ('k', $j, 'c', 'd', 'maybe')",
      ],
    ],
  ])('refuses a project containing %s as corrupt', (_what, sql: string | string[]) => {
    const store = create('hand-edited.wayline');
    const { journeyId, stageIds, laneId } = starterIds(store.doc);
    const path = store.path;
    close(store);
    const db = new Database(path, { fileMustExist: true });
    // A hand-edit in another SQLite tool can get past CHECK constraints, and most tools
    // leave foreign keys off (better-sqlite3 turns them on by default).
    db.pragma('ignore_check_constraints = ON');
    db.pragma('foreign_keys = OFF');
    for (const statement of [sql].flat())
      db.prepare(statement).run({ j: journeyId, s: stageIds[0], l: laneId });
    db.close();
    expectRefusedUntouched(path, 'corrupt');
  });

  it.each([
    ['a malformed id', `${INSERT_CARD} VALUES ('bad id!', $j, $s, $l, 'a0', 'T', 0, 4)`],
    [
      'a touchpoint in a stage that does not exist',
      `${INSERT_CARD} VALUES ('orphan', $j, 'no-such-stage', $l, 'a0', 'T', 0, 4)`,
    ],
    ["tags = 'not json'", richCard(0, 'not json')],
  ])(
    'refuses a rollback-journal project containing %s, leaving its journal mode as it was',
    (_what, sql) => {
      const store = create('rollback.wayline');
      const { journeyId, stageIds, laneId } = starterIds(store.doc);
      const path = store.path;
      close(store);
      // Another SQLite tool switched the file to a rollback journal and hand-edited a bad row.
      const db = new Database(path, { fileMustExist: true });
      expect(db.pragma('journal_mode = DELETE', { simple: true })).toBe('delete');
      db.pragma('ignore_check_constraints = ON');
      db.pragma('foreign_keys = OFF');
      db.prepare(sql).run({ j: journeyId, s: stageIds[0], l: laneId });
      db.close();
      const journalMode = () => {
        const header = readFileSync(path).subarray(0, 100);
        return [header[18], header[19]];
      };
      expect(journalMode()).toEqual([1, 1]); // rollback journal, not WAL (2, 2)

      const err = expectRefusedUntouched(path, 'corrupt');
      expect(err.message).toMatch(/damaged|invalid row/);
      expect(journalMode()).toEqual([1, 1]);
      const check = new Database(path, { readonly: true, fileMustExist: true });
      expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
      check.close();
    },
  );

  it('opens a good project again after refusing others, and keeps refusing nothing else', () => {
    const store = create('good.wayline');
    store.apply([addCard(store.doc, 'a', 0)]);
    const doc = store.doc;
    const path = store.path;
    close(store);
    const before = fileState(path);
    const again = reopen(path);
    expect(again.doc).toEqual(doc);
    close(again);
    // Opening and closing without edits leaves the bytes alone.
    expect(fileState(path).sha256).toBe(before.sha256);
    expect(sideFiles(path)).toEqual([]);
  });
});

describe('the look at a file someone else has open', () => {
  it('leaves that program its -wal and -shm, and their data', () => {
    const store = create('other.wayline');
    const path = store.path;
    close(store);
    // Another program (not Wayline: no exclusive lock) holds the file open in WAL mode.
    const other = new Database(path, { fileMustExist: true });
    other.pragma('journal_mode = WAL');
    other.prepare("UPDATE meta SET value = 'Theirs' WHERE key = 'name'").run();
    const walBefore = fileState(`${path}-wal`);
    // Our look reads a copy beside it, and must not unlink the files it is using.
    expect(() => openProjectStore(path)).toThrow();
    expect(sideFiles(path)).toEqual([`${path}-wal`, `${path}-shm`]);
    expect(fileState(`${path}-wal`)).toEqual(walBefore);
    other.prepare("UPDATE meta SET value = 'Theirs again' WHERE key = 'name'").run();
    other.close();
    const reopened = openProjectStore(path);
    expect(reopened.doc.info.name).toBe('Theirs again');
    reopened.close();
  });

  it('leaves another program that opens the file during the look its helper files and writes', () => {
    const store = create('race.wayline');
    const path = store.path;
    close(store);
    let other: Database.Database | undefined;
    // The other program arrives while our read-only connection is still reading.
    const race = () => {
      other = new Database(path, { fileMustExist: true });
      other.prepare('SELECT count(*) FROM meta').get();
    };
    expect(() => openProjectDatabase(path, race)).toThrow(/another Wayline window/);
    expect(sideFiles(path)).toEqual([`${path}-wal`, `${path}-shm`]);
    // Its committed writes land in a WAL that is still linked, so they survive.
    other!.prepare("UPDATE meta SET value = 'Survives' WHERE key = 'name'").run();
    other!.close();
    const reopened = openProjectStore(path);
    expect(reopened.doc.info.name).toBe('Survives');
    reopened.close();
  });
});
