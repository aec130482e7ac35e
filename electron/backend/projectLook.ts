import Database from 'better-sqlite3';
import {
  constants,
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { databaseFromImage } from './memoryCopy';
import { withMigratedCopy } from './migratedCopy';
import { SCHEMA_VERSION } from './migrations';
import { isFileSystemError, isHeld } from './fileIdentity';
import { checkHeader, IN_USE_MESSAGE, readProjectHeader, refusal } from './projectHeader';
import { checkSchema } from './schemaCheck';
import { copyWithoutTables, SparseCopyUnsure } from './sparseCopy';

/** The files SQLite keeps a database's state in; the side files only when present. */
const SUFFIXES = ['', '-wal', '-journal'] as const;

/** Size, time and inode of each file, to tell whether anything changed while it was copied. */
function stamp(path: string): string {
  return SUFFIXES.map((suffix) => {
    const stat = statSync(path + suffix, { bigint: true, throwIfNoEntry: false });
    return stat ? `${stat.ino}/${stat.size}/${stat.mtimeNs}/${stat.ctimeNs}` : '-';
  }).join(' ');
}

/** Tables whose pages an open never reads: attached files' bytes, checked by hash when read. */
const MEDIA_TABLES = new Set(['mediaBlobs', 'mediaChunks']);
/** The same names as an SQL list (our own constants, so quoting them here is safe). */
const CHECKED_ELSEWHERE = [...MEDIA_TABLES].map((t) => `'${t}'`).join(', ');

/**
 * quick_check and foreign_key_check of every table but the media ones, so a project with
 * 500 MB of photos is judged by reading its rows, not its photos. The stored files are checked
 * against their SHA-256 whenever they are read whole (media/mediaStore.ts).
 */
function tablesAreSound(db: Database.Database): boolean {
  // One statement each over the pragmas' table-valued forms, one table per row of the schema
  // (which checkSchema has held to Wayline's own): a third of the time of a pragma per table.
  const tables = `sqlite_schema s WHERE s.type = 'table' AND s.name NOT IN (${CHECKED_ELSEWHERE})`;
  const count = db.prepare(`SELECT count(*) FROM ${tables}`).pluck().get() as number;
  const results = db
    .prepare(`SELECT c.quick_check FROM pragma_quick_check(s.name) c, ${tables}`)
    .pluck()
    .all() as string[];
  const dangling = db
    .prepare(`SELECT 1 FROM pragma_foreign_key_check(s.name) f, ${tables} LIMIT 1`)
    .all();
  // quick_check says a single "ok" for a sound table, and one line per fault otherwise.
  return results.length === count && results.every((r) => r === 'ok') && dangling.length === 0;
}

/**
 * Every check that needs SQLite, on a read-only connection: the version as SQLite sees it (a
 * WAL can hold a newer one than the header), the exact schema before any row is read, then
 * quick_check, foreign_key_check and `inspect` (of an older file through a migrated copy).
 */
function judge<T>(db: Database.Database, inspect: Inspect<T>, bytes: Buffer | null): T {
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  checkHeader({
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion,
  });
  checkSchema(db, userVersion);
  if (!tablesAreSound(db)) {
    throw new ApiError(
      'corrupt',
      'This project file is damaged (SQLite integrity checks failed). It was not changed.',
    );
  }
  return userVersion === SCHEMA_VERSION
    ? inspect(db, bytes)
    : withMigratedCopy(db, (copy) => inspect(copy, null));
}

/** Below this size a file is read whole for the look, and the pages are compared whole. */
const SPARSE_FROM_BYTES = 64 * 1024 * 1024;
const SIDE_OF_COPY = ['', '-wal', '-shm'];

const hasSideFiles = (path: string) =>
  SUFFIXES.slice(1).some((s) => statSync(path + s, { throwIfNoEntry: false }));

/**
 * A small file with no -wal or -journal beside it (the way Wayline leaves a file it closed),
 * read whole: the look's copy is then made in memory from these bytes, which are also the image
 * the lock compares with, without SQLite reading the file again. Null for any other file.
 */
function readWhole(path: string, sideFiles: boolean): Buffer | null {
  return !sideFiles && statSync(path).size < SPARSE_FROM_BYTES ? readFileSync(path) : null;
}

/**
 * Copies the project for the look, for a file not read whole: for a large file of this version
 * with no -wal or -journal beside it, only the pages the checks read, not the attached files'
 * (sparseCopy.ts); otherwise, or when that walk is unsure, every byte of it and of its side
 * files. A -wal or -journal can hold pages the walk would not see.
 */
function copyForLook(path: string, copy: string, sideFiles: boolean): void {
  if (!sideFiles) {
    try {
      if (readProjectHeader(path).userVersion === SCHEMA_VERSION) {
        copyWithoutTables(path, copy, MEDIA_TABLES);
        return;
      }
    } catch (err) {
      if (!(err instanceof SparseCopyUnsure)) throw err;
    }
    for (const s of SIDE_OF_COPY) rmSync(copy + s, { force: true });
  }
  for (const suffix of SUFFIXES) {
    if (statSync(path + suffix, { throwIfNoEntry: false })?.isFile()) {
      // A copy-on-write clone where the file system has them (APFS, Btrfs, XFS): instant
      // whatever the size of the attached files; elsewhere a plain copy.
      copyFileSync(path + suffix, copy + suffix, constants.COPYFILE_FICLONE);
    }
  }
}

/**
 * What the look runs on the private copy: given, for a file read whole in one go, the bytes
 * the copy holds (readWhole).
 */
export type Inspect<T> = (db: Database.Database, bytes: Buffer | null) => T;

/** Removes the look's folder: its few known files, then the folder (a plain rm if more is left). */
function removeLookFolder(dir: string, copy: string): void {
  try {
    for (const s of [...SIDE_OF_COPY, '-journal']) rmSync(copy + s, { force: true });
    rmdirSync(dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `inspect` on a read-only connection to a private copy of the file, closed (and its
 * folder removed) afterwards: in memory for a file read whole, else in a folder of its own.
 */
function onLookCopy<T>(path: string, inspect: Inspect<T>): T {
  const before = stamp(path);
  // Asked once: a side file appearing after this changes the stamp, and the copy is not trusted.
  const sideFiles = hasSideFiles(path);
  const bytes = readWhole(path, sideFiles);
  if (bytes) {
    if (stamp(path) !== before) throw new ApiError('in_use', IN_USE_MESSAGE);
    const db = databaseFromImage(bytes, { readonly: true });
    try {
      return inspect(db, bytes);
    } finally {
      db.close();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'wayline-look-'));
  const copy = join(dir, 'look.wayline');
  let db: Database.Database | undefined;
  try {
    copyForLook(path, copy, sideFiles);
    if (stamp(path) !== before) throw new ApiError('in_use', IN_USE_MESSAGE);
    db = new Database(copy, { readonly: true, fileMustExist: true });
    return inspect(db, null);
  } finally {
    db?.close();
    removeLookFolder(dir, copy);
  }
}

/**
 * Judges a project file on a private copy of it: in memory for a small file with no side
 * files, otherwise a copy of it and of its -wal or -journal (of a large file only the pages
 * the checks read, see copyForLook). So the look creates no -shm or -wal beside the user's
 * file, never plays a journal back into it, and never takes a lock on it. A copy taken while
 * another program wrote is not trusted: that file is in use. The caller makes sure this
 * process does not hold the file already.
 */
export function lookAtCopy<T>(path: string, inspect: Inspect<T>): T {
  // Copying opens (and closes) a descriptor: never on a file this process holds locked.
  if (isHeld(path)) throw new ApiError('in_use', IN_USE_MESSAGE);
  try {
    return onLookCopy(path, (db, bytes) => judge(db, inspect, bytes));
  } catch (err) {
    // A file-system failure (no room for the copy, no permission) says nothing about the file.
    if (isFileSystemError(err)) {
      throw new ApiError('io', `Could not read the project to check it: ${(err as Error).message}`);
    }
    throw refusal(err);
  }
}
