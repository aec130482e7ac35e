import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/fixtures';
import { refusal } from '../../test/unit/perTest';
import { openProjectDatabase } from './projectFile';
import { createProjectStore, openProjectStore, readProject } from './projectStore';

type Read = ReturnType<typeof readProject>;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** A closed project file and the id of one of its stages. */
function projectWithStage(): { path: string; stageId: string } {
  const store = createProjectStore(join(dir, 'p.wayline'), 'P', new Date('2025-01-01T00:00:00Z'));
  const stageId = Object.keys(store.doc.stages)[0] as string;
  store.close();
  return { path: store.path, stageId };
}

/** Opens `path`, letting another program run `write` on it after the look and before the lock. */
function openWithWriteAfterLook(path: string, write: (other: Database.Database) => void) {
  let looks = 0;
  const opened = openProjectDatabase<Read>(path, (db, looked) => {
    const read = readProject(db, looked);
    if (looks++ === 0) {
      const other = new Database(path, { fileMustExist: true });
      write(other);
      other.close();
    }
    return read;
  });
  opened.db?.close();
  opened.release();
  return { opened, looks };
}

describe('the rows are checked once when the file is unchanged', () => {
  it('reads a row the fast check leaves to zod as zod accepts it', () => {
    // 150 emoji: 300 UTF-16 units, over the fast check's 200, but 150 code points for zod.
    const name = '😀'.repeat(150);
    const { path, stageId } = projectWithStage();
    const store = openProjectStore(path);
    store.apply([{ type: 'updateStage', id: stageId, patch: { name } }]);
    const written = store.doc;
    store.close();
    const reopened = openProjectStore(path);
    reopened.close();
    expect(reopened.doc.stages[stageId]?.name).toBe(name);
    expect(reopened.doc).toEqual(written);
  });

  it('reuses the look’s document under the lock when SQLite returns the same rows', () => {
    const { path } = projectWithStage();
    let reused = false;
    let looks = 0;
    const opened = openProjectDatabase<Read>(path, (db, looked) => {
      looks++;
      const read = readProject(db, looked);
      reused ||= looked !== undefined && read === looked;
      return read;
    });
    opened.db?.close();
    opened.release();
    expect(looks).toBe(2);
    expect(reused).toBe(true);
  });

  it('reads a row another program changed after the look afresh', () => {
    const { path, stageId } = projectWithStage();
    const { opened } = openWithWriteAfterLook(path, (other) =>
      other.prepare('UPDATE stages SET name = ? WHERE id = ?').run('Theirs', stageId),
    );
    expect(opened.value.doc.stages[stageId]?.name).toBe('Theirs');
  });

  it('refuses a bad row another program wrote after the look', () => {
    const { path, stageId } = projectWithStage();
    const error = refusal(() =>
      openWithWriteAfterLook(path, (other) =>
        other.prepare('UPDATE stages SET name = ? WHERE id = ?').run('x'.repeat(5000), stageId),
      ),
    );
    expect(error.code).toBe('corrupt');
  });
});

describe('the look at a small closed file', () => {
  it('is a copy in memory: the file opens with no temp folder to copy it into', () => {
    const { path, stageId } = projectWithStage();
    const before = process.env.TMPDIR;
    process.env.TMPDIR = join(dir, 'no such folder');
    try {
      const store = openProjectStore(path);
      store.apply([{ type: 'updateStage', id: stageId, patch: { name: 'Edited' } }]);
      store.close();
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    const reopened = openProjectStore(path);
    reopened.close();
    expect(reopened.doc.stages[stageId]?.name).toBe('Edited');
  });
});
