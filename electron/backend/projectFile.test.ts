import Database from 'better-sqlite3';
import { existsSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileState, sideFiles, tempDir } from '../../test/unit/fixtures';
import { crashCopy, handEdit, headerJournalMode, writeV1File } from '../../test/unit/projectFiles';
import { ApiError } from '../../shared/api/errors';
import { refusal } from '../../test/unit/perTest';
import { migrate, SCHEMA_VERSION } from './migrations';
import { createProjectDatabase, openProjectDatabase, readProjectHeader } from './projectFile';
import { createProjectStore, openProjectStore } from './projectStore';

/** Nothing writes to a project file before it is known good: each way that could happen. */

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

/** A closed current-version project whose file uses a rollback journal, as other tools leave it. */
function rollbackJournalProject(): string {
  const store = createProjectStore(join(dir, 'p.wayline'), 'Project');
  const path = store.path;
  store.close();
  const db = new Database(path, { fileMustExist: true });
  db.pragma('journal_mode = DELETE');
  db.close();
  expect(headerJournalMode(path)).toEqual([1, 1]);
  return path;
}

describe('opening a project file', () => {
  it('leaves a hot rollback journal (another program crashed mid-write) and the file alone', () => {
    const live = rollbackJournalProject();
    handEdit(
      live,
      `CREATE TABLE filler (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
      INSERT INTO filler SELECT printf('%.200c', 'x') FROM n;`,
    );
    // A tiny cache makes the open transaction spill pages into the file before it commits.
    const path = crashCopy(live, 'crashed.wayline', (db) => {
      db.pragma('cache_size = 1');
      db.exec('BEGIN; UPDATE filler SET x = upper(x);');
    });
    const journal = `${path}-journal`;
    const before = [fileState(path), fileState(journal)];
    const err = refusal(() => openProjectStore(path));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/interrupted while writing this file.*not changed/);
    // The journal was not played back: that is for the program that wrote it (or the user).
    expect([fileState(path), fileState(journal)]).toEqual(before);
    expect(sideFiles(path)).toEqual([journal]);
  });

  it('judges the rows of a file whose migration is only in its WAL at the version SQLite sees', () => {
    const live = writeV1File(dir, '', 'wal');
    // A crash after migrating, before the checkpoint: the plain header still says version 1.
    const path = crashCopy(live, 'crashed.wayline', (db) => {
      db.pragma('wal_autocheckpoint = 0');
      migrate(db);
      db.pragma('ignore_check_constraints = ON');
      db.exec("UPDATE lanes SET collapsed = 2 WHERE id = 'l1'");
    });
    expect(readProjectHeader(path).userVersion).toBe(1);
    const before = [fileState(path), fileState(`${path}-wal`)];
    const err = refusal(() => openProjectStore(path));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/invalid row in lanes.*not changed/);
    // Not folded into the file, not dropped: the WAL keeps the migration and the bad row.
    expect([fileState(path), fileState(`${path}-wal`)]).toEqual(before);
    const check = new Database(path, { readonly: true, fileMustExist: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    check.close();
  });

  it('keeps a rollback journal when a row goes bad between the look and the lock', () => {
    const path = rollbackJournalProject();
    let reads = 0;
    let afterEdit = fileState(path);
    const read = (db: Database.Database) => {
      reads += 1;
      const name = db.prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get();
      if (reads === 1) {
        handEdit(path, "UPDATE meta SET value = '' WHERE key = 'name'");
        afterEdit = fileState(path);
      }
      if (name === '') throw new ApiError('corrupt', 'Empty name. It was not changed.');
    };
    expect(refusal(() => openProjectDatabase(path, read)).code).toBe('corrupt');
    expect(reads).toBe(2);
    // Not switched to WAL: the switch comes only after the read under the lock.
    expect(headerJournalMode(path)).toEqual([1, 1]);
    expect(fileState(path)).toEqual(afterEdit);
    expect(sideFiles(path)).toEqual([]);
  });

  it('switches a good rollback-journal file to WAL and opens it', () => {
    const path = rollbackJournalProject();
    const store = openProjectStore(path);
    expect(store.doc.info.name).toBe('Project');
    store.close();
    expect(headerJournalMode(path)).toEqual([2, 2]);
  });
});

describe('creating a project file', () => {
  it('refuses a path taken by a link to a file that does not exist yet, creating nothing', () => {
    const target = join(dir, 'elsewhere.wayline');
    const link = join(dir, 'new.wayline');
    symlinkSync(target, link);
    const err = refusal(() => createProjectStore(link, 'New'));
    expect(err.code).toBe('already_exists');
    expect(err.message).toMatch(/is a link to a file that does not exist. Choose another name/);
    expect(existsSync(target)).toBe(false);
    expect(readlinkSync(link)).toBe(target);
    expect(sideFiles(link)).toEqual([]);
  });
});

describe('a new project file', () => {
  it('is written under a hidden name and appears only once its first transaction committed', () => {
    const path = join(dir, 'new.wayline');
    let during: string[] = [];
    const made = createProjectDatabase(path, (db) => {
      db.prepare("INSERT INTO meta VALUES ('name', 'New')").run();
      during = readdirSync(dir);
    });
    expect(existsSync(path)).toBe(true);
    // While the rows went in, only the hidden temporary file (and its journal) existed.
    expect(during.some((f) => f === 'new.wayline')).toBe(false);
    expect(during.filter((f) => !f.endsWith('-journal'))).toEqual([
      expect.stringMatching(/^\.new\.wayline\.[0-9a-f]+\.creating$/),
    ]);
    expect(made.db.prepare('SELECT value FROM meta').pluck().get()).toBe('New');
    made.db.pragma('wal_checkpoint(TRUNCATE)');
    made.db.close();
    made.release();
    expect(readdirSync(dir)).toEqual(['new.wayline']);
    expect(headerJournalMode(path)).toEqual([2, 2]);
  });

  it('leaves nothing behind when its first transaction fails (as a crash would)', () => {
    const path = join(dir, 'failed.wayline');
    const err = refusal(() =>
      createProjectDatabase(path, () => {
        throw new Error('disk full');
      }),
    );
    expect(err.code).toBe('io');
    expect(err.message).toMatch(/disk full/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never replaces a file that appeared at its name while it was being written', () => {
    const path = join(dir, 'raced.wayline');
    const err = refusal(() =>
      createProjectDatabase(path, () => writeFileSync(path, 'someone else’s file')),
    );
    expect(err.code).toBe('already_exists');
    expect(readdirSync(dir)).toEqual(['raced.wayline']);
    expect(fileState(path).size).toBe('someone else’s file'.length + 2);
  });
});

describe('side files', () => {
  it('a crashed project reopened and closed leaves only the .wayline (no -shm)', () => {
    const store = createProjectStore(join(dir, 'p.wayline'), 'Project');
    const live = store.path;
    store.close();
    const path = crashCopy(live, 'crashed.wayline', (db) => {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0');
      db.exec("UPDATE meta SET value = 'After the crash' WHERE key = 'name'");
    });
    expect(sideFiles(path)).toEqual([`${path}-wal`]);
    const reopened = openProjectStore(path);
    expect(reopened.doc.info.name).toBe('After the crash');
    expect(sideFiles(path)).toEqual([`${path}-wal`]);
    reopened.close();
    expect(sideFiles(path)).toEqual([]);
  });
});
