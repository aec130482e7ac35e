import { linkSync, mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/fixtures';
import { secondWriter } from '../../test/unit/otherProcess';
import { ApiError } from '../../shared/api/errors';
import { createBackend, type Backend } from './handlers';

/**
 * One project, many paths to it. Whatever path the open project is asked for again by, it is
 * the same project, and the lock that keeps every other process out still holds afterwards:
 * nothing in this process opened (and so closed) another descriptor on the file.
 */

let dir: string;
let cleanup: () => void;
const backends: Backend[] = [];

function backend(name = 'settings'): Backend {
  const b = createBackend({
    mode: 'browser',
    settingsDir: join(dir, name),
    defaultDirectory: dir,
  });
  backends.push(b);
  return b;
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'projects'));
});
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
  cleanup();
});

/** A backend with a project open at projects/p.wayline, one edit made. */
function openProject(): { b: Backend; path: string } {
  const b = backend();
  const { path, doc } = b.createProject(join(dir, 'projects', 'p.wayline'), 'Held');
  b.store!.apply([
    { type: 'updateProject', patch: { name: `Held ${Object.keys(doc.journeys).length}` } },
  ]);
  expect(secondWriter(path)).toBe('SQLITE_BUSY');
  return { b, path };
}

const otherPaths: [string, (path: string) => string][] = [
  [
    'a symbolic link',
    (path) => {
      const link = join(dir, 'link.wayline');
      symlinkSync(path, link);
      return link;
    },
  ],
  [
    'a hard link',
    (path) => {
      const link = join(dir, 'hard.wayline');
      linkSync(path, link);
      return link;
    },
  ],
  ['a path through ..', () => join(dir, 'projects', '..', 'projects', '.', 'p.wayline')],
  [
    'the path in its renamed folder',
    () => {
      renameSync(join(dir, 'projects'), join(dir, 'renamed'));
      return join(dir, 'renamed', 'p.wayline');
    },
  ],
];

describe('the open project, asked for by another path', () => {
  it.each(otherPaths)('by %s, is the open project, and its lock still holds', (_what, other) => {
    const { b, path } = openProject();
    const store = b.store!;
    const before = b.openProject(path);
    const otherPath = other(path);
    const again = b.openProject(otherPath);
    expect(b.store).toBe(store);
    expect({ ...again, path: before.path }).toEqual(before);
    expect(again.doc).toBe(store.doc);
    // A second process is still kept out, by every path.
    expect(secondWriter(otherPath)).toBe('SQLITE_BUSY');
    // And the project still takes edits.
    store.apply([{ type: 'updateProject', patch: { name: 'Still mine' } }]);
    expect(b.store!.doc.info.name).toBe('Still mine');
  });

  it.each(otherPaths)(
    'by %s in another backend of the same process, is refused as in use without touching the lock',
    (_what, other) => {
      const { b, path } = openProject();
      const otherPath = other(path);
      const second = backend('second');
      let err: unknown;
      try {
        second.openProject(otherPath);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).code).toBe('in_use');
      expect(second.store).toBeNull();
      expect(secondWriter(otherPath)).toBe('SQLITE_BUSY');
      expect(b.store!.doc.info.name).toMatch(/^Held/);
    },
  );

  it('keeps the path it was opened by while that leads to it', () => {
    const { b, path } = openProject();
    const link = join(dir, 'link.wayline');
    symlinkSync(path, link);
    expect(b.openProject(link).path).toBe(path);
  });

  it('takes the new path once its folder was renamed, and lists that one as recent', async () => {
    const { b, path } = openProject();
    renameSync(join(dir, 'projects'), join(dir, 'renamed'));
    const moved = join(dir, 'renamed', 'p.wayline');
    expect(b.openProject(moved).path).toBe(moved);
    expect(b.store!.path).toBe(moved);
    const state = await b.handlers['app.getState']({});
    expect(state.project?.path).toBe(moved);
    expect(state.recent.map((r) => r.path)).toEqual([moved, path]);
  });

  it('is opened again by any path once closed, and then locked once more', () => {
    const { b, path } = openProject();
    b.close();
    expect(secondWriter(path)).toBe('written');
    const link = join(dir, 'link.wayline');
    symlinkSync(path, link);
    const reopened = b.openProject(link);
    expect(reopened.doc.info.name).toBe('Second writer');
    expect(secondWriter(path)).toBe('SQLITE_BUSY');
  });
});
