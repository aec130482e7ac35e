import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderPerTest } from '../../test/unit/perTest';
import { migrate, MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

const folder = folderPerTest();

function newDb(name = 'test.db'): Database.Database {
  const db = new Database(join(folder.dir, name));
  folder.opened(db);
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

/** The names of the database's objects of one type, as `schema` orders them. */
const namesOf = (db: Database.Database, type: string) =>
  schema(db)
    .filter((o) => o.type === type)
    .map((o) => o.name);

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
    expect(namesOf(db, 'table')).toEqual([
      'attachments',
      'cardLinks',
      'citations',
      'connections',
      'implementations',
      'journeys',
      'lanes',
      'mediaBlobs',
      'mediaChunks',
      'meta',
      'personas',
      'quotes',
      'savedViews',
      'sources',
      'stages',
      'surveyAnswers',
      'surveyImports',
      'surveyQuotes',
      'touchpoints',
    ]);
    expect(namesOf(db, 'index')).toEqual([
      'attachments_by_blob',
      'attachments_by_card',
      'attachments_by_journey',
      'card_links_by_from',
      'card_links_by_journey',
      'card_links_by_to',
      'citations_by_card',
      'citations_by_journey',
      'citations_by_source',
      'connections_by_from',
      'connections_by_journey',
      'connections_by_to',
      'implementations_by_journey',
      'implementations_by_opportunity',
      'journeys_by_persona',
      'lanes_by_journey',
      'quotes_by_card',
      'quotes_by_journey',
      'quotes_by_source',
      'saved_views_by_journey',
      'stages_by_journey',
      'survey_answers_by_card',
      'survey_answers_by_import',
      'survey_answers_by_journey',
      'survey_imports_by_journey',
      'survey_imports_by_source',
      'survey_quotes_by_import',
      'survey_quotes_by_journey',
      'survey_quotes_by_quote',
      'touchpoints_by_cell',
      'touchpoints_by_source',
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
      'link',
      'severity',
      'reach',
      'status',
      'value',
      'build_effort',
      'confidence',
      'due',
      'backlog_link',
      'source_id',
      'needs_met',
      'feeling',
      'from_data',
    ]);
    expect(columns(db, 'journeys')).toEqual([
      'id',
      'name',
      'description',
      'state',
      'order_key',
      'persona_id',
      'current_journey_id',
      'owner',
      'reviewed_on',
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

  it('migrates a version-2 file to 3: note cards lose emotion and effort, touchpoints and connections stay', () => {
    const db = newDb('v2.db');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    writeV1Rows(db);
    db.exec(`
      INSERT INTO lanes (id, journey_id, kind, name, order_key) VALUES ('p', 'j', 'painPoints', 'P', 'a1');
      INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, order_key, title, emotion, effort, tags)
        VALUES ('n', 'j', 's', 'p', 'a0', 'Pain', 0, 4, '["x"]');
      INSERT INTO connections (id, journey_id, from_id, to_id, label, kind)
        VALUES ('c', 'j', 't', 'n', 'leads to', 'failure');
    `);
    db.close();

    const reopened = newDb('v2.db');
    reopened.pragma('foreign_keys = ON');
    expect(migrate(reopened)).toBe(SCHEMA_VERSION);
    const cards = reopened
      .prepare('SELECT id, title, emotion, effort, tags FROM touchpoints ORDER BY id')
      .all();
    expect(cards).toEqual([
      { id: 'n', title: 'Pain', emotion: null, effort: null, tags: '["x"]' },
      { id: 't', title: 'Card', emotion: -1, effort: 6, tags: '[]' },
    ]);
    expect(reopened.prepare('SELECT * FROM connections').all()).toEqual([
      { id: 'c', journey_id: 'j', from_id: 't', to_id: 'n', label: 'leads to', kind: 'failure' },
    ]);
    expect(reopened.pragma('foreign_key_check')).toEqual([]);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    // Its schema is exactly the one a new file gets, and the rebuilt table keeps its rules.
    const fresh = newDb('fresh.db');
    migrate(fresh);
    expect(schema(reopened)).toEqual(schema(fresh));
    const tp = reopened.prepare(
      "INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, order_key, title, emotion, effort) VALUES (?, 'j', 's', ?, 'a0', 'T', ?, ?)",
    );
    expect(tp.run('u', 'l', null, null).changes).toBe(1);
    expect(() => tp.run('v', 'l', 3, null)).toThrow(/CHECK/);
    expect(() => tp.run('w', 'ghost', null, null)).toThrow(/FOREIGN KEY/);
    reopened.prepare("DELETE FROM touchpoints WHERE id = 't'").run();
    expect(reopened.prepare('SELECT count(*) FROM connections').pluck().get()).toBe(0);
  });
});
