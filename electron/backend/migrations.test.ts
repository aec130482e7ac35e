import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileState, sideFiles, tempDir } from '../../test/unit/fixtures';
import type { ApiError } from '../../shared/api/errors';
import { emptyDoc } from '../../shared/model/doc';
import {
  makeConnection,
  makeJourney,
  makeLane,
  makePersona,
  makeStage,
  makeTouchpoint,
} from '../../shared/model/factories';
import type { ProjectDoc } from '../../shared/model/types';
import { migrate, MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
import { readProjectHeader, WAYLINE_APPLICATION_ID } from './projectFile';
import { openProjectStore } from './projectStore';

let dir: string;
let cleanup: () => void;
const open: Database.Database[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  cleanup();
});

function newDb(name = 'test.db'): Database.Database {
  const db = new Database(join(dir, name));
  open.push(db);
  return db;
}

const userVersion = (db: Database.Database) =>
  db.pragma('user_version', { simple: true }) as number;

/** Every schema object, so "unchanged" can be compared exactly. */
function schema(db: Database.Database): { type: string; name: string; sql: string | null }[] {
  return db
    .prepare(
      "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string | null }[];
}

const columns = (db: Database.Database, table: string) =>
  (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);

const V1 = MIGRATIONS[0]!;

/** A journey j with stage s, lane l and card t, written with version 1's columns only. */
function writeV1Rows(db: Database.Database): void {
  db.exec(`
    INSERT INTO journeys (id, name, description, state, order_key) VALUES ('j', 'J', 'desc', 'current', 'a0');
    INSERT INTO stages (id, journey_id, name, color, order_key) VALUES ('s', 'j', 'S', '#112233', 'a0');
    INSERT INTO lanes (id, journey_id, kind, name, order_key) VALUES ('l', 'j', 'touchpoints', 'L', 'a0');
    INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, order_key, title, emotion, effort)
      VALUES ('t', 'j', 's', 'l', 'a0', 'Card', -1, 6);
  `);
}

describe('MIGRATIONS', () => {
  it('are numbered 1, 2, 3 ... with no gaps, and SCHEMA_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('migrate', () => {
  it('brings an empty database from version 0 to SCHEMA_VERSION with the expected tables', () => {
    const db = newDb();
    expect(userVersion(db)).toBe(0);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    const tables = schema(db)
      .filter((o) => o.type === 'table')
      .map((o) => o.name);
    expect(tables).toEqual([
      'connections',
      'journeys',
      'lanes',
      'meta',
      'personas',
      'stages',
      'touchpoints',
    ]);
    const indexes = schema(db)
      .filter((o) => o.type === 'index')
      .map((o) => o.name);
    expect(indexes).toEqual([
      'connections_by_from',
      'connections_by_journey',
      'connections_by_to',
      'journeys_by_persona',
      'lanes_by_journey',
      'stages_by_journey',
      'touchpoints_by_cell',
    ]);
    expect(columns(db, 'touchpoints')).toEqual([
      'id',
      'journey_id',
      'stage_id',
      'lane_id',
      'order_key',
      'title',
      'emotion',
      'effort',
      'description',
      'channel',
      'moment_of_truth',
      'owner',
      'tags',
      'evidence',
    ]);
    expect(columns(db, 'journeys')).toEqual([
      'id',
      'name',
      'description',
      'state',
      'order_key',
      'persona_id',
      'current_journey_id',
    ]);
    expect(columns(db, 'lanes')).toEqual([
      'id',
      'journey_id',
      'kind',
      'name',
      'order_key',
      'collapsed',
      'hidden',
    ]);
    // The schema's own checks hold: foreign keys and value ranges.
    db.pragma('foreign_keys = ON');
    expect(() =>
      db
        .prepare(
          "INSERT INTO stages (id, journey_id, name, color, order_key) VALUES ('s', 'missing', 'n', '#000000', 'a0')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    writeV1Rows(db);
    const tp = db.prepare(
      "INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, order_key, title, emotion, effort) VALUES (?, 'j', 's', 'l', 'a0', 'T', ?, ?)",
    );
    expect(() => tp.run('t1', 3, 4)).toThrow(/CHECK/);
    expect(() => tp.run('t2', 0, 8)).toThrow(/CHECK/);
    expect(() => tp.run('t3', 0.5, 4)).toThrow(); // STRICT tables refuse a REAL in an INTEGER column
    expect(tp.run('t4', -2, 1).changes).toBe(1);
  });

  it('holds version 2’s own checks: flags, connection kinds and links', () => {
    const db = newDb();
    migrate(db);
    db.pragma('foreign_keys = ON');
    writeV1Rows(db);
    expect(() => db.prepare("UPDATE lanes SET collapsed = 2 WHERE id = 'l'").run()).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("UPDATE lanes SET hidden = 'yes' WHERE id = 'l'").run()).toThrow();
    expect(() => db.prepare('UPDATE touchpoints SET moment_of_truth = 3').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE journeys SET persona_id = 'ghost'").run()).toThrow(
      /FOREIGN KEY/,
    );
    const connection = db.prepare(
      "INSERT INTO connections (id, journey_id, from_id, to_id, kind) VALUES (?, 'j', 't', ?, ?)",
    );
    expect(() => connection.run('c1', 't', 'maybe')).toThrow(/CHECK/);
    expect(() => connection.run('c2', 'ghost', 'path')).toThrow(/FOREIGN KEY/);
    expect(connection.run('c3', 't', 'failure').changes).toBe(1);
    // Deleting a persona clears the link, deleting a card takes its connections.
    db.prepare(
      "INSERT INTO personas (id, name, color, order_key) VALUES ('p', 'P', '#000000', 'a0')",
    ).run();
    db.prepare("UPDATE journeys SET persona_id = 'p'").run();
    db.prepare('DELETE FROM personas').run();
    expect(db.prepare('SELECT persona_id FROM journeys').pluck().get()).toBeNull();
    db.prepare("DELETE FROM touchpoints WHERE id = 't'").run();
    expect(db.prepare('SELECT count(*) FROM connections').pluck().get()).toBe(0);
  });

  it('checks a journey’s link to its current state at commit, so linked rows go in in any order', () => {
    const db = newDb();
    migrate(db);
    db.pragma('foreign_keys = ON');
    const journey = db.prepare(
      "INSERT INTO journeys (id, name, state, order_key, current_journey_id) VALUES (?, ?, 'future', 'a0', ?)",
    );
    db.transaction(() => {
      journey.run('a', 'A', 'b');
      journey.run('b', 'B', 'a');
    })();
    expect(db.prepare('SELECT id, current_journey_id FROM journeys ORDER BY id').all()).toEqual([
      { id: 'a', current_journey_id: 'b' },
      { id: 'b', current_journey_id: 'a' },
    ]);
    // A link that is still dangling at commit is refused, and the whole transaction with it.
    expect(() =>
      db.transaction(() => {
        journey.run('c', 'C', null);
        journey.run('d', 'D', 'ghost');
      })(),
    ).toThrow(/FOREIGN KEY/);
    expect(db.inTransaction).toBe(false);
    expect(db.prepare('SELECT id FROM journeys ORDER BY id').pluck().all()).toEqual(['a', 'b']);
    // Deleting one clears the other's link.
    db.prepare("DELETE FROM journeys WHERE id = 'a'").run();
    expect(
      db.prepare("SELECT current_journey_id FROM journeys WHERE id = 'b'").pluck().get(),
    ).toBeNull();
  });

  it('is idempotent: a second run changes nothing', () => {
    const db = newDb();
    migrate(db);
    db.prepare("INSERT INTO meta VALUES ('name', 'kept')").run();
    const before = schema(db);
    const changesBefore = db.prepare('SELECT total_changes() AS n').get() as { n: number };
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(schema(db)).toEqual(before);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT total_changes() AS n').get()).toEqual(changesBefore);
    expect(db.prepare('SELECT value FROM meta').pluck().all()).toEqual(['kept']);
  });

  it('survives a reopen: a migrated file is not migrated again', () => {
    const db = newDb('file.db');
    migrate(db);
    db.close();
    const again = newDb('file.db');
    expect(userVersion(again)).toBe(SCHEMA_VERSION);
    expect(migrate(again)).toBe(SCHEMA_VERSION);
  });

  it('leaves a file newer than the list alone', () => {
    const db = newDb();
    db.pragma('user_version = 99');
    expect(migrate(db)).toBe(99);
    expect(schema(db)).toEqual([]);
  });

  it('rolls the whole chain back when a later migration fails', () => {
    const broken: Migration[] = [
      V1,
      { version: 2, description: 'broken', up: 'CREATE TABLE extra (x TEXT); THIS IS NOT SQL;' },
    ];
    const db = newDb();
    expect(() => migrate(db, broken)).toThrow(/syntax error/);
    // Version 1 ran inside the same transaction, so it is gone too.
    expect(userVersion(db)).toBe(0);
    expect(schema(db)).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });

  it('keeps a version-1 file at version 1, data and all, when migration 2 fails', () => {
    const db = newDb();
    migrate(db, [V1]);
    db.prepare("INSERT INTO journeys VALUES ('j', 'J', '', 'current', 'a0')").run();
    const before = schema(db);
    const broken: Migration[] = [
      V1,
      {
        version: 2,
        description: 'half works',
        up: "ALTER TABLE journeys ADD COLUMN color TEXT NOT NULL DEFAULT '#000000'; CREATE TABLE personas (id TEXT PRIMARY KEY); INSERT INTO nowhere VALUES (1);",
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/no such table: nowhere/);
    expect(userVersion(db)).toBe(1);
    expect(schema(db)).toEqual(before);
    expect(columns(db, 'journeys')).not.toContain('color');
    expect(db.prepare('SELECT id FROM journeys').pluck().all()).toEqual(['j']);
  });

  it('keeps data written at version 1 through an additive migration 2', () => {
    const db = newDb('chain.db');
    expect(migrate(db, [V1])).toBe(1);
    db.prepare("INSERT INTO journeys VALUES ('j', 'J', 'desc', 'current', 'a0')").run();
    db.prepare("INSERT INTO stages VALUES ('s', 'j', 'S', '#112233', 'a0')").run();
    db.prepare("INSERT INTO lanes VALUES ('l', 'j', 'touchpoints', 'L', 'a0')").run();
    db.prepare("INSERT INTO touchpoints VALUES ('t', 'j', 's', 'l', 'a0', 'Card', -1, 6)").run();
    db.close();

    const v2: Migration = {
      version: 2,
      description: 'touchpoint notes and personas',
      up: `
        ALTER TABLE touchpoints ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        CREATE TABLE personas (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
      `,
    };
    const reopened = newDb('chain.db');
    expect(migrate(reopened, [V1, v2])).toBe(2);
    expect(userVersion(reopened)).toBe(2);
    expect(reopened.prepare('SELECT * FROM touchpoints').all()).toEqual([
      {
        id: 't',
        journey_id: 'j',
        stage_id: 's',
        lane_id: 'l',
        order_key: 'a0',
        title: 'Card',
        emotion: -1,
        effort: 6,
        notes: '',
      },
    ]);
    expect(reopened.prepare('SELECT description FROM journeys').pluck().get()).toBe('desc');
    expect(reopened.prepare('SELECT count(*) FROM personas').pluck().get()).toBe(0);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('a project file written at version 1', () => {
  /** A closed version-1 file, made with version 1's own SQL, holding two journeys. */
  function v1File(extraSql = ''): string {
    const path = join(dir, 'old.wayline');
    const db = new Database(path);
    db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
    db.exec(V1.up);
    db.exec(`
      INSERT INTO meta VALUES ('name', 'Old project'), ('createdAt', '2023-03-01T09:00:00.000Z');
      INSERT INTO journeys VALUES ('j1', 'Today', 'As is', 'current', 'a0');
      INSERT INTO journeys VALUES ('j2', 'Tomorrow', '', 'future', 'a1');
      INSERT INTO stages VALUES ('s1', 'j1', 'Search', '#4c6ef5', 'a0');
      INSERT INTO stages VALUES ('s2', 'j1', 'Book', '#7950f2', 'a1');
      INSERT INTO stages VALUES ('s9', 'j2', 'Book', '#7950f2', 'a0');
      INSERT INTO lanes VALUES ('l1', 'j1', 'touchpoints', 'Touchpoints', 'a0');
      INSERT INTO lanes VALUES ('l9', 'j2', 'touchpoints', 'Touchpoints', 'a0');
      INSERT INTO touchpoints VALUES ('t1', 'j1', 's1', 'l1', 'a0', 'Compare prices', -1, 5);
      INSERT INTO touchpoints VALUES ('t2', 'j1', 's2', 'l1', 'a0', 'Pay', 2, 2);
      INSERT INTO touchpoints VALUES ('t9', 'j2', 's9', 'l9', 'a0', 'One click', 1, 1);
      ${extraSql}
    `);
    db.pragma('user_version = 1');
    db.close();
    return path;
  }

  /** What the file above reads as at version 2: every new field at its neutral default. */
  function expectedDoc(): ProjectDoc {
    const doc = emptyDoc('Old project', '2023-03-01T09:00:00.000Z');
    const put = <T extends { id: string }>(rows: Record<string, T>, row: T) => {
      rows[row.id] = row;
    };
    put(
      doc.journeys,
      makeJourney({ id: 'j1', name: 'Today', description: 'As is', orderKey: 'a0' }),
    );
    put(doc.journeys, makeJourney({ id: 'j2', name: 'Tomorrow', state: 'future', orderKey: 'a1' }));
    for (const [id, journeyId, name, color, orderKey] of [
      ['s1', 'j1', 'Search', '#4c6ef5', 'a0'],
      ['s2', 'j1', 'Book', '#7950f2', 'a1'],
      ['s9', 'j2', 'Book', '#7950f2', 'a0'],
    ] as const)
      put(doc.stages, { ...makeStage({ id, journeyId, name, color }), orderKey });
    for (const [id, journeyId] of [
      ['l1', 'j1'],
      ['l9', 'j2'],
    ] as const) {
      const lane = makeLane({ id, journeyId, kind: 'touchpoints', name: 'Touchpoints' });
      put(doc.lanes, { ...lane, orderKey: 'a0' });
    }
    for (const [id, journeyId, stageId, laneId, title, emotion, effort] of [
      ['t1', 'j1', 's1', 'l1', 'Compare prices', -1, 5],
      ['t2', 'j1', 's2', 'l1', 'Pay', 2, 2],
      ['t9', 'j2', 's9', 'l9', 'One click', 1, 1],
    ] as const) {
      const card = makeTouchpoint({ id, journeyId, stageId, laneId, title, emotion, effort });
      put(doc.touchpoints, { ...card, orderKey: 'a0' });
    }
    return doc;
  }

  it('migrates to version 2 keeping every row, with the new columns at their defaults', () => {
    v1File();
    const again = newDb('old.wayline');
    expect(userVersion(again)).toBe(1);
    expect(migrate(again)).toBe(2);
    expect(again.prepare("SELECT * FROM journeys WHERE id = 'j1'").get()).toEqual({
      id: 'j1',
      name: 'Today',
      description: 'As is',
      state: 'current',
      order_key: 'a0',
      persona_id: null,
      current_journey_id: null,
    });
    expect(again.prepare("SELECT * FROM stages WHERE id = 's1'").get()).toMatchObject({
      name: 'Search',
      description: '',
    });
    expect(again.prepare("SELECT * FROM lanes WHERE id = 'l1'").get()).toMatchObject({
      kind: 'touchpoints',
      collapsed: 0,
      hidden: 0,
    });
    expect(again.prepare("SELECT * FROM touchpoints WHERE id = 't1'").get()).toEqual({
      id: 't1',
      journey_id: 'j1',
      stage_id: 's1',
      lane_id: 'l1',
      order_key: 'a0',
      title: 'Compare prices',
      emotion: -1,
      effort: 5,
      description: '',
      channel: '',
      moment_of_truth: 0,
      owner: '',
      tags: '[]',
      evidence: '',
    });
    expect(again.prepare('SELECT count(*) FROM personas').pluck().get()).toBe(0);
    expect(again.prepare('SELECT count(*) FROM connections').pluck().get()).toBe(0);
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(again.pragma('foreign_key_check')).toEqual([]);
  });

  it('opens in the store with the new fields defaulted, and stays version 2 with new edits', () => {
    const path = v1File();
    const store = openProjectStore(path);
    expect(store.doc).toEqual(expectedDoc());
    expect(store.doc.lanes.l1).toMatchObject({ collapsed: false, hidden: false });
    expect(store.doc.touchpoints.t1).toMatchObject({ tags: [], momentOfTruth: false });
    expect(store.doc.journeys.j2).toMatchObject({ personaId: null, currentJourneyId: null });
    // The new fields take edits right away.
    store.apply([
      {
        type: 'insertRows',
        rows: {
          personas: [makePersona({ id: 'p', name: 'Maya', color: '#1c7ed6', orderKey: 'a0' })],
          connections: [
            makeConnection({ id: 'c', journeyId: 'j1', fromId: 't1', toId: 't2', kind: 'failure' }),
          ],
        },
      },
      { type: 'updateJourney', id: 'j2', patch: { personaId: 'p', currentJourneyId: 'j1' } },
      { type: 'updateLane', id: 'l1', patch: { collapsed: true } },
      {
        type: 'updateTouchpoint',
        id: 't1',
        patch: { tags: ['price', 'search'], momentOfTruth: true, channel: 'Website' },
      },
      { type: 'updateStage', id: 's1', patch: { description: 'Find a room' } },
    ]);
    const edited = store.doc;
    store.close();
    expect(readProjectHeader(path)).toEqual({
      applicationId: WAYLINE_APPLICATION_ID,
      userVersion: SCHEMA_VERSION,
    });
    const again = openProjectStore(path);
    expect(again.doc).toEqual(edited);
    expect(again.doc.touchpoints.t1?.tags).toEqual(['price', 'search']);
    again.close();
  });

  it('is refused as corrupt and left unchanged when a version-1 row is invalid', () => {
    const path = v1File("UPDATE stages SET color = 'red' WHERE id = 's1';");
    const before = fileState(path);
    let code = '';
    try {
      openProjectStore(path).close();
    } catch (err) {
      code = (err as ApiError).code;
    }
    expect(code).toBe('corrupt');
    expect(fileState(path)).toEqual(before);
    expect(sideFiles(path)).toEqual([]);
  });
});
