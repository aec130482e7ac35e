import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { starterIds, tempDir } from '../../test/unit/fixtures';
import { expectOpenRefused } from '../../test/unit/perTest';
import { crashCopy, handEdit } from '../../test/unit/projectFiles';
import type { ApiErrorCode } from '../../shared/api/errors';
import { makeTouchpoint } from '../../shared/model/factories';
import { createProjectStore, openProjectStore } from './projectStore';
import { copyWithoutTables, SparseCopyUnsure } from './sparseCopy';

/**
 * The look at a large project copies only the pages its checks read (projectLook.ts): these
 * files are over the size where it does, and each hostile one must still be refused unchanged.
 */

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const MEDIA = new Set(['mediaBlobs', 'mediaChunks']);
const LONG_TEXT = 'Said in the interview: '.repeat(600); // overflows one 4 KiB page

/** A value from the closed file, read through a writable connection so it leaves no side file. */
function query<T>(path: string, sql: string): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return db.prepare(sql).pluck().get() as T;
  } finally {
    db.close();
  }
}

/**
 * A closed project holding 72 MiB of stored file bytes (random, so none of it compresses or
 * repeats), a card description long enough to need overflow pages, and 8 MiB of free pages
 * from a file that was removed: over the size from which the look copies sparsely.
 */
function bigProject(name = 'big.wayline'): { path: string; description: string } {
  const store = createProjectStore(join(dir, name), 'Big');
  const { journeyId, stageIds, laneId } = starterIds(store.doc);
  const card = { journeyId, stageId: stageIds[0]!, laneId, title: 'Interview' };
  store.apply([
    {
      type: 'addTouchpoint',
      touchpoint: makeTouchpoint({ ...card, id: 'c1', description: LONG_TEXT }),
      at: { index: 0 },
    },
  ]);
  const path = store.path;
  store.close();
  const blob = (hash: string, chunks: number) => `
    INSERT INTO mediaBlobs (hash, size, media_type) VALUES ('${hash}', ${chunks * 4194304}, 'application/pdf');
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${chunks})
      INSERT INTO mediaChunks (hash, seq, data) SELECT '${hash}', i, randomblob(4194304) FROM n;`;
  handEdit(
    path,
    `${blob('a'.repeat(64), 18)} ${blob('b'.repeat(64), 2)}
    DELETE FROM mediaChunks WHERE hash = '${'b'.repeat(64)}';
    DELETE FROM mediaBlobs WHERE hash = '${'b'.repeat(64)}';`,
  );
  expect(statSync(path).size).toBeGreaterThan(80 * 2 ** 20);
  expect(query<number>(path, 'PRAGMA freelist_count')).toBeGreaterThan(2000);
  expect(query<number>(path, 'SELECT count(*) FROM touchpoints')).toBe(1);
  return { path, description: LONG_TEXT };
}

/** Whether the look copies `path` sparsely (true) or is unsure of it and copies it whole. */
function copiedSparsely(path: string): boolean {
  const other = tempDir();
  try {
    copyWithoutTables(path, join(other.dir, 'copy.wayline'), MEDIA);
    return true;
  } catch (err) {
    if (err instanceof SparseCopyUnsure) return false;
    throw err;
  } finally {
    other.cleanup();
  }
}

/** Opening `path` is refused with `code`; the folder is byte for byte as it was. */
const expectRefused = (path: string, code: ApiErrorCode, message: RegExp) =>
  expectOpenRefused(dir, path, code, message);

describe('the sparse copy of a large project', () => {
  it('holds every page but the stored files, and its checks pass as on the file', () => {
    const { path } = bigProject();
    const copy = join(dir, 'copy.wayline');
    copyWithoutTables(path, copy, MEDIA);
    expect(statSync(copy).size).toBe(statSync(path).size);
    // Holes: the copy takes less than a twentieth of the file's room on disk.
    expect(statSync(copy).blocks * 512).toBeLessThan(statSync(path).size / 20);
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      for (const table of ['touchpoints', 'meta', 'journeys', 'attachments']) {
        expect(db.pragma(`quick_check(${table})`, { simple: true })).toBe('ok');
      }
      const count = 'SELECT count(*) FROM touchpoints';
      expect(db.prepare(count).pluck().get()).toBe(query<number>(path, count));
    } finally {
      db.close();
    }
  });

  it('opens the project with its rows, and the stored bytes are read from the file itself', () => {
    const { path, description } = bigProject();
    expect(copiedSparsely(path)).toBe(true);
    const store = openProjectStore(path);
    try {
      expect(store.readOnly).toBeNull();
      const cards = Object.values(store.doc.touchpoints);
      expect(cards.some((c) => c.description === description)).toBe(true);
      expect(store.media?.has('a'.repeat(64))).toBe(true);
    } finally {
      store.close();
    }
  });

  it('refuses a card page it cannot walk, judged on a whole copy, leaving the file as it was', () => {
    const { path } = bigProject();
    const root = query<number>(
      path,
      "SELECT rootpage FROM sqlite_schema WHERE name = 'touchpoints'",
    );
    const fd = openSync(path, 'r+');
    try {
      // Garbage over the page's cell pointers and cells: a b-tree page SQLite cannot read.
      writeSync(fd, Buffer.alloc(3000, 0xa5), 0, 3000, (root - 1) * 4096 + 1);
    } finally {
      closeSync(fd);
    }
    expect(copiedSparsely(path)).toBe(false);
    expectRefused(path, 'corrupt', /damaged.*not changed/);
  });

  it('refuses rows out of order that only SQLite notices, leaving the file as it was', () => {
    const { path } = bigProject();
    const root = query<number>(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'meta'");
    const page = Buffer.alloc(4096);
    const fd = openSync(path, 'r+');
    try {
      readSync(fd, page, 0, 4096, (root - 1) * 4096);
      expect(page[0]).toBe(13); // a table leaf: its cell pointers start at byte 8
      expect(page.readUInt16BE(3)).toBeGreaterThanOrEqual(2);
      const first = page.readUInt16BE(8);
      page.writeUInt16BE(page.readUInt16BE(10), 8);
      page.writeUInt16BE(first, 10);
      writeSync(fd, page, 0, 4096, (root - 1) * 4096);
    } finally {
      closeSync(fd);
    }
    expect(copiedSparsely(path)).toBe(true);
    expectRefused(path, 'corrupt', /damaged.*not changed/);
  });

  it('refuses a trigger another program added, leaving the file as it was', () => {
    const { path } = bigProject();
    handEdit(
      path,
      'CREATE TRIGGER sweep AFTER UPDATE ON touchpoints BEGIN DELETE FROM touchpoints; END;',
    );
    expect(copiedSparsely(path)).toBe(true);
    expectRefused(path, 'corrupt', /trigger "sweep" that Wayline did not make/);
  });

  it('refuses a card whose row breaks the rules, leaving the file as it was', () => {
    const { path } = bigProject();
    handEdit(path, "UPDATE touchpoints SET emotion = 9 WHERE id = 'c1'");
    expect(copiedSparsely(path)).toBe(true);
    expectRefused(path, 'corrupt', /not changed/);
  });

  it('copies an auto-vacuum file whole (its pointer-map pages are not walked), and opens it', () => {
    const { path, description } = bigProject();
    handEdit(path, 'PRAGMA auto_vacuum = FULL; VACUUM;');
    expect(copiedSparsely(path)).toBe(false);
    const store = openProjectStore(path);
    try {
      expect(store.doc.touchpoints.c1?.description).toBe(description);
    } finally {
      store.close();
    }
  });

  it('reads a -wal left beside the file whole, so an edit only the WAL holds is seen', () => {
    const { path } = bigProject();
    const crashed = crashCopy(path, 'crashed.wayline', (db) => {
      db.prepare("UPDATE meta SET value = 'Only in the WAL' WHERE key = 'name'").run();
    });
    const store = openProjectStore(crashed);
    try {
      expect(store.doc.info.name).toBe('Only in the WAL');
    } finally {
      store.close();
    }
  });
});
