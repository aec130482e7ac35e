import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/fixtures';
import { folderState, openToAll, removeChildBuild, runAsUser } from '../../test/unit/otherProcess';
import { expectOpenRefused } from '../../test/unit/perTest';
import { handEdit } from '../../test/unit/projectFiles';
import type { ApiErrorCode } from '../../shared/api/errors';
import { WAYLINE_APPLICATION_ID } from './projectFile';
import { schemaFinding } from './schemaCheck';
import { createProjectStore, openProjectStore } from './projectStore';

/**
 * Files made to hurt: each is refused (or opened read-only) with a message that says what was
 * found, at once, and the file and its folder stay byte for byte as they were.
 */

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());
afterAll(() => removeChildBuild());

/** A closed, good project with a few cards, at dir/name. */
function project(name = 'p.wayline'): string {
  const store = createProjectStore(join(dir, name), 'Hostile');
  const path = store.path;
  store.close();
  return path;
}

/** Opening `path` is refused with `code` and a message matching `message`; nothing changes. */
function expectRefused(path: string, code: ApiErrorCode, message: RegExp): void {
  const started = Date.now();
  expectOpenRefused(dir, path, code, message);
  expect(Date.now() - started).toBeLessThan(5000);
}

/** A good project edited by hand with `sql` is refused as corrupt, with `message`. */
function expectEditRefused(sql: string, message: RegExp): void {
  const path = project();
  handEdit(path, sql);
  expectRefused(path, 'corrupt', message);
}

describe('a project file whose schema Wayline did not make', () => {
  it('refuses meta replaced by a recursive view (which would hang every read) at once', () => {
    expectEditRefused(
      `DROP TABLE meta;
      CREATE VIEW meta (key, value) AS
        WITH RECURSIVE r (k, v) AS (SELECT 'name', 'x' UNION ALL SELECT k, v FROM r)
        SELECT k, v FROM r;`,
      /has a view "meta" where Wayline made a table.*not changed/,
    );
  });

  it('refuses a trigger that would delete cards on an edit', () => {
    expectEditRefused(
      `CREATE TRIGGER sweep AFTER UPDATE ON touchpoints BEGIN
        DELETE FROM touchpoints WHERE id <> NEW.id;
      END;`,
      /has a trigger "sweep" that Wayline did not make/,
    );
  });

  it('names what differs as a finding: the kind, the type of object and its name', () => {
    const findingOf = (sql: string) => {
      const path = project(`${Math.random().toString(36).slice(2)}.wayline`);
      handEdit(path, sql);
      const db = new Database(path, { readonly: true });
      try {
        return schemaFinding(db, db.pragma('user_version', { simple: true }) as number);
      } finally {
        db.close();
      }
    };
    expect(findingOf('SELECT 1')).toBeNull();
    expect(findingOf('CREATE VIEW everything AS SELECT * FROM touchpoints')).toEqual({
      kind: 'extra',
      type: 'view',
      name: 'everything',
    });
    expect(findingOf('DROP TABLE meta; CREATE VIEW meta (key, value) AS SELECT 1, 2')).toEqual({
      kind: 'wrong_type',
      type: 'view',
      name: 'meta',
      ours: 'table',
    });
  });

  it('refuses a trigger named like a table and listed before it (a map by name would hide it)', () => {
    // meta is made again after the trigger, so the trigger's row comes first in sqlite_schema.
    expectEditRefused(
      `CREATE TRIGGER meta AFTER UPDATE ON touchpoints BEGIN
        DELETE FROM touchpoints WHERE id <> NEW.id;
      END;
      CREATE TABLE kept AS SELECT * FROM meta;
      DROP TABLE meta;
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      INSERT INTO meta SELECT * FROM kept;
      DROP TABLE kept;`,
      /has a trigger "meta" where Wayline made a table/,
    );
  });

  it('refuses an extra index', () => {
    expectEditRefused(
      'CREATE INDEX by_title ON touchpoints (title);',
      /has an index "by_title" that Wayline did not make/,
    );
  });

  it('refuses an extra table', () => {
    expectEditRefused(
      'CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1);',
      /has a table "notes" that Wayline did not make/,
    );
  });

  it('refuses a table of its own whose SQL differs', () => {
    expectEditRefused(
      'DROP INDEX connections_by_to; CREATE INDEX connections_by_to ON connections (to_id, label);',
      /has an index "connections_by_to" that differs/,
    );
  });

  it('refuses a missing index', () => {
    expectEditRefused('DROP INDEX journeys_by_persona;', /lacks the index "journeys_by_persona"/);
  });
});

describe('a SQLite file with only Wayline’s mark', () => {
  it('refuses another program’s data with application_id set and user_version 0', () => {
    const path = join(dir, 'foreign.wayline');
    const db = new Database(path);
    db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('theirs');");
    db.close();
    expectRefused(path, 'not_wayline', /Wayline mark but has no Wayline project.*not changed/);
  });

  it('refuses an empty database with the mark', () => {
    const path = join(dir, 'empty.wayline');
    const db = new Database(path);
    db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
    db.close();
    expectRefused(path, 'not_wayline', /format version 0/);
  });
});

describe('paths that are not a plain project file', () => {
  it.each([
    ['symbolic', symlinkSync, 'CREATE TABLE notes (body TEXT);', /has a table "notes"/],
    [
      'hard',
      linkSync,
      'CREATE VIEW everything AS SELECT * FROM touchpoints;',
      /has a view "everything"/,
    ],
  ] as const)(
    'refuses a %s link to an altered file, leaving link and file alone',
    (_kind, makeLink, edit, message) => {
      const path = project();
      handEdit(path, edit);
      const link = join(dir, 'link.wayline');
      makeLink(path, link);
      expectRefused(link, 'corrupt', message);
    },
  );

  it('says what a dangling link is', () => {
    const link = join(dir, 'gone.wayline');
    symlinkSync(join(dir, 'nowhere.wayline'), link);
    expectRefused(link, 'not_found', /is a link to a file that does not exist/);
  });

  it('refuses a folder', () => {
    const folder = join(dir, 'folder.wayline');
    mkdirSync(folder);
    expectRefused(folder, 'not_wayline', /is a folder, not a project file/);
  });

  it('refuses a named pipe without opening it (which would wait for a writer for ever)', () => {
    const fifo = join(dir, 'pipe.wayline');
    execFileSync('mkfifo', [fifo]);
    expectRefused(fifo, 'not_wayline', /is a named pipe/);
  });

  it('refuses a project whose -wal is a named pipe', () => {
    const path = project();
    execFileSync('mkfifo', [`${path}-wal`]);
    expectRefused(path, 'not_wayline', /"-wal" that is not a plain file/);
  });
});

interface ChildOutcome {
  opened: boolean;
  name?: string;
  journeys?: number;
  readOnly?: { reason: string } | null;
  edit?: string;
  exported?: boolean;
  code?: string;
  message?: string;
}

/** Opens (or creates) `path` in a child process that chmod applies to (as nobody when we are root). */
function openElsewhere(path: string, how: 'open' | 'create' = 'open'): ChildOutcome {
  return runAsUser<ChildOutcome>('test/unit/openProjectChild.ts', [path, how]);
}

describe('a project this user may not write', () => {
  it('opens a read-only file read-only, saying why, and refuses edits', () => {
    const path = project();
    openToAll(dir);
    chmodSync(dir, 0o777);
    chmodSync(path, 0o444);
    const before = folderState(dir);
    const outcome = openElsewhere(path);
    expect(outcome).toMatchObject({ opened: true, name: 'Hostile', journeys: 1, exported: true });
    expect(outcome.readOnly?.reason).toMatch(/file is read-only.*view, present and export/);
    expect(outcome.edit).toMatch(/^read_only: This project cannot be changed/);
    expect(folderState(dir)).toEqual(before);
  });

  it('opens a writable file in a read-only folder read-only, saying why', () => {
    const path = project();
    chmodSync(path, 0o666);
    chmodSync(dir, 0o555);
    const before = folderState(dir);
    const outcome = openElsewhere(path);
    expect(outcome).toMatchObject({ opened: true, name: 'Hostile' });
    expect(outcome.readOnly?.reason).toMatch(/folder the project is in is read-only/);
    expect(outcome.edit).toMatch(/^read_only:/);
    expect(folderState(dir)).toEqual(before);
    chmodSync(dir, 0o755);
  });

  it('opens a crashed project (its WAL still full) in a read-only folder, WAL included', () => {
    const path = project();
    const writer = new Database(path, { fileMustExist: true });
    writer.pragma('locking_mode = EXCLUSIVE');
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("UPDATE meta SET value = 'Only in the WAL' WHERE key = 'name'").run();
    // Copy what a kill -9 now would leave: the file and its WAL.
    const crashed = join(dir, 'crashed.wayline');
    execFileSync('cp', [path, crashed]);
    execFileSync('cp', [`${path}-wal`, `${crashed}-wal`]);
    writer.close();
    chmodSync(crashed, 0o666);
    chmodSync(`${crashed}-wal`, 0o666);
    chmodSync(dir, 0o555);
    const before = folderState(dir);
    const outcome = openElsewhere(crashed);
    expect(outcome).toMatchObject({ opened: true, name: 'Only in the WAL' });
    expect(outcome.readOnly?.reason).toMatch(/read-only/);
    expect(folderState(dir)).toEqual(before);
    chmodSync(dir, 0o755);
  });

  it('says it may not read a file or a folder on its way, instead of EACCES', () => {
    const path = project();
    openToAll(dir);
    chmodSync(path, 0o000);
    const inner = join(dir, 'closed');
    mkdirSync(inner, { mode: 0o700 });
    const hidden = project(join('closed', 'p.wayline'));
    const before = folderState(dir);
    for (const target of [path, hidden]) {
      const outcome = openElsewhere(target);
      expect(outcome).toMatchObject({ opened: false, code: 'io' });
      expect(outcome.message).toBe(
        `Wayline may not read ${target} (no permission for the file or a folder on its way). It was not changed.`,
      );
    }
    expect(folderState(dir)).toEqual(before);
  });

  it('says a new project cannot be made in a read-only folder, without naming a temporary file', () => {
    openToAll(dir);
    chmodSync(dir, 0o555);
    const before = folderState(dir);
    const outcome = openElsewhere(join(dir, 'new.wayline'), 'create');
    expect(outcome.opened).toBe(false);
    expect(outcome.code).toBe('io');
    expect(outcome.message).toBe(
      `Could not create ${join(dir, 'new.wayline')}: Wayline may not write in the folder ${dir}. Nothing was created.`,
    );
    expect(folderState(dir)).toEqual(before);
    chmodSync(dir, 0o755);
  });

  it('says a new project cannot be made in a folder it may not enter', () => {
    openToAll(dir);
    const closed = join(dir, 'closed');
    mkdirSync(closed, { mode: 0o600 });
    const outcome = openElsewhere(join(closed, 'new.wayline'), 'create');
    expect(outcome).toMatchObject({ opened: false, code: 'io' });
    expect(outcome.message).toBe(
      `Could not create ${join(closed, 'new.wayline')}: Wayline may not write in the folder ${closed}. Nothing was created.`,
    );
    expect(folderState(dir)).toEqual([`closed/ ${0o40600}`]);
  });

  it('opens a writable project in a writable folder for editing, as that user too', () => {
    const path = project();
    chmodSync(dir, 0o777);
    chmodSync(path, 0o666);
    const outcome = openElsewhere(path);
    expect(outcome).toMatchObject({ opened: true, readOnly: null, edit: 'saved', exported: true });
    expect(folderState(dir).filter((e) => !e.startsWith('p.wayline '))).toEqual([]);
  });
});

describe('a link to a project in another folder', () => {
  it('opens the target with the WAL a crash left beside it, not beside the link', () => {
    mkdirSync(join(dir, 'real'));
    const path = project(join('real', 'p.wayline'));
    const writer = new Database(path, { fileMustExist: true });
    writer.pragma('locking_mode = EXCLUSIVE');
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("UPDATE meta SET value = 'Only in the WAL' WHERE key = 'name'").run();
    const crashed = join(dir, 'real', 'crashed.wayline');
    execFileSync('cp', [path, crashed]);
    execFileSync('cp', [`${path}-wal`, `${crashed}-wal`]);
    writer.close();
    const link = join(dir, 'link.wayline');
    symlinkSync(crashed, link);
    const store = openProjectStore(link);
    expect(store.doc.info.name).toBe('Only in the WAL');
    store.close();
    expect(folderState(dir).map((e) => e.split(' ')[0])).toEqual([
      'link.wayline',
      'real/',
      'real/crashed.wayline',
      'real/p.wayline',
    ]);
  });
});
