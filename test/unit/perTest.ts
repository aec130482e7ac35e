import type Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { ApiError, type ApiErrorCode } from '../../shared/api/errors';
import { openProjectStore } from '../../electron/backend/projectStore';
import { folderState } from './otherProcess';
import { bundleBackend } from './backendProcess';
import { tempDir } from './fixtures';

/** A temp folder for each test, and the databases the test opened, closed before it goes. */
export function folderPerTest(): {
  readonly dir: string;
  opened(db: Database.Database): Database.Database;
} {
  let dir = '';
  let cleanup = () => {};
  const open: Database.Database[] = [];
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
    cleanup();
  });
  return {
    get dir() {
      return dir;
    },
    opened(db) {
      open.push(db);
      return db;
    },
  };
}

/** The ApiError `fn` throws; the test fails if it throws anything else, or nothing. */
export function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('expected a refusal');
}

/**
 * Opening `path` is refused with `code` and a message matching `message`, and the folder `dir`
 * is byte for byte as it was (no side file left, nothing written).
 */
export function expectOpenRefused(
  dir: string,
  path: string,
  code: ApiErrorCode,
  message: RegExp,
): ApiError {
  const before = folderState(dir);
  const err = refusal(() => openProjectStore(path).close());
  expect(err.code).toBe(code);
  expect(err.message).toMatch(message);
  expect(folderState(dir)).toEqual(before);
  return err;
}

/** The real backend bundled once for a test file, in a temp folder the file's tests share. */
export function backendBundlePerFile(prefix: string): {
  readonly dir: string;
  readonly bundle: string;
} {
  let folder: { dir: string; cleanup: () => void } | undefined;
  let bundle = '';
  beforeAll(async () => {
    folder = tempDir(prefix);
    bundle = await bundleBackend(folder.dir);
  });
  afterAll(() => folder?.cleanup());
  return {
    get dir() {
      return folder!.dir;
    },
    get bundle() {
      return bundle;
    },
  };
}
